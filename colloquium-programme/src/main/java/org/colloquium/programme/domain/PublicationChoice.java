package org.colloquium.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What the authors of one accepted submission let the public programme show of it. Without one,
 * everything is shown: the call for papers says abstracts are published.
 */
@Entity
@Table(name = "programme_publication_choice")
public class PublicationChoice {

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(name = "abstract_published", nullable = false)
  private boolean abstractPublished;

  @Column(name = "affiliations_published", nullable = false)
  private boolean affiliationsPublished;

  @Column(name = "chosen_by", nullable = false)
  private Long chosenBy;

  @Column(name = "chosen_at", nullable = false)
  private Instant chosenAt;

  protected PublicationChoice() {}

  public PublicationChoice(Long submissionId, Long eventId) {
    this.submissionId = submissionId;
    this.eventId = eventId;
    this.abstractPublished = true;
    this.affiliationsPublished = true;
  }

  /** The authors' answer, by one of them, now. */
  public void choose(
      boolean abstractPublished, boolean affiliationsPublished, Long accountId, Instant at) {
    this.abstractPublished = abstractPublished;
    this.affiliationsPublished = affiliationsPublished;
    this.chosenBy = accountId;
    this.chosenAt = at;
  }

  public Long submissionId() {
    return submissionId;
  }

  public boolean abstractPublished() {
    return abstractPublished;
  }

  public boolean affiliationsPublished() {
    return affiliationsPublished;
  }

  public Instant chosenAt() {
    return chosenAt;
  }
}
