package org.colloquium.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The reviewer an organiser asked to lead a submission's discussion. */
@Entity
@Table(name = "review_lead")
public class DiscussionLead {

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "set_by")
  private Long setBy;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  protected DiscussionLead() {}

  public DiscussionLead(Long eventId, Long submissionId, Long accountId, Long by, Instant at) {
    this.eventId = eventId;
    this.submissionId = submissionId;
    lead(accountId, by, at);
  }

  public void lead(Long accountId, Long by, Instant at) {
    this.accountId = accountId;
    this.setBy = by;
    this.setAt = at;
  }

  public Long accountId() {
    return accountId;
  }
}
