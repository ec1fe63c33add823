package org.colloquium.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.colloquium.reviews.api.ConflictKind;

/**
 * One reason why a person may not review a submission: found by the rules, or declared by the
 * author or the reviewer. A pin by an organiser ({@link ConflictPin}) overrides all of them.
 */
@Entity
@Table(name = "review_conflict")
@IdClass(ReviewConflict.Key.class)
public class ReviewConflict {

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private ConflictKind kind;

  @Column(length = 500)
  private String detail;

  @Column(name = "found_at", nullable = false)
  private Instant foundAt;

  protected ReviewConflict() {}

  public ReviewConflict(
      Long eventId,
      Long submissionId,
      Long accountId,
      ConflictKind kind,
      String detail,
      Instant foundAt) {
    this.eventId = eventId;
    this.submissionId = submissionId;
    this.accountId = accountId;
    this.kind = kind;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    this.foundAt = foundAt;
  }

  /** The same conflict found again with other words (an affiliation written differently). */
  public void redescribe(String newDetail) {
    this.detail =
        newDetail == null || newDetail.length() <= 500 ? newDetail : newDetail.substring(0, 500);
  }

  public Long submissionId() {
    return submissionId;
  }

  public Long accountId() {
    return accountId;
  }

  public ConflictKind kind() {
    return kind;
  }

  public String detail() {
    return detail;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long submissionId;
    private Long accountId;
    private ConflictKind kind;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(submissionId, k.submissionId)
          && Objects.equals(accountId, k.accountId)
          && kind == k.kind;
    }

    @Override
    public int hashCode() {
      return Objects.hash(submissionId, accountId, kind);
    }
  }
}
