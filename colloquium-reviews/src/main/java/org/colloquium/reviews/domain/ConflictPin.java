package org.colloquium.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An organiser's word on a pair: conflicted (whatever the rules say) or not (a found conflict
 * lifted). It stays when conflicts are found again.
 */
@Entity
@Table(name = "review_conflict_pin")
@IdClass(PairKey.class)
public class ConflictPin {

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(nullable = false)
  private boolean conflicted;

  @Column(length = 500)
  private String reason;

  @Column(name = "pinned_by")
  private Long pinnedBy;

  @Column(name = "pinned_at", nullable = false)
  private Instant pinnedAt;

  protected ConflictPin() {}

  public ConflictPin(Long eventId, Long submissionId, Long accountId) {
    this.eventId = eventId;
    this.submissionId = submissionId;
    this.accountId = accountId;
  }

  public void pin(boolean conflicted, String reason, Long by, Instant at) {
    this.conflicted = conflicted;
    this.reason = reason;
    this.pinnedBy = by;
    this.pinnedAt = at;
  }

  public Long submissionId() {
    return submissionId;
  }

  public Long accountId() {
    return accountId;
  }

  public boolean conflicted() {
    return conflicted;
  }

  public String reason() {
    return reason;
  }
}
