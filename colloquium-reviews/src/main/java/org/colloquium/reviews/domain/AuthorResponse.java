package org.colloquium.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The authors' one response to the reviews of their submission. It is not changed once given. */
@Entity
@Table(name = "review_response")
public class AuthorResponse {

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(nullable = false, length = 20000)
  private String body;

  @Column(nullable = false)
  private int words;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected AuthorResponse() {}

  public AuthorResponse(
      Long eventId, Long submissionId, Long accountId, String body, int words, Instant at) {
    this.eventId = eventId;
    this.submissionId = submissionId;
    this.accountId = accountId;
    this.body = body;
    this.words = words;
    this.submittedAt = at;
  }

  public Long submissionId() {
    return submissionId;
  }

  public String body() {
    return body;
  }

  public int words() {
    return words;
  }

  public Instant submittedAt() {
    return submittedAt;
  }
}
