package org.colloquium.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One comment in the committee's discussion of a submission. Comments are not edited. */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_comment_seq")
  @SequenceGenerator(
      name = "review_comment_seq",
      sequenceName = "review_comment_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(name = "submission_id", nullable = false)
  private Long submissionId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(nullable = false, length = 5000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ReviewComment() {}

  public ReviewComment(
      Long eventId, Long submissionId, Long accountId, String body, Instant createdAt) {
    this.eventId = eventId;
    this.submissionId = submissionId;
    this.accountId = accountId;
    this.body = body;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public Long accountId() {
    return accountId;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
