package org.colloquium.reviews.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A reviewer's review of a submission: answers per criterion of the form, kept as a draft until
 * submitted. The weighted score and confidence are kept beside the answers when it is submitted, so
 * that the dashboard reads one row per review.
 */
@Entity
@Table(name = "review")
public class Review {

  /** A draft is the reviewer's alone. */
  public enum State {
    DRAFT,
    SUBMITTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
  @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "assignment_id", nullable = false)
  private Long assignmentId;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(name = "submission_id", nullable = false)
  private Long submissionId;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private State state;

  @Column(name = "weighted_score")
  private Double weightedScore;

  private Integer confidence;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @ElementCollection
  @CollectionTable(name = "review_answer", joinColumns = @JoinColumn(name = "review_id"))
  @MapKeyColumn(name = "field_key", length = 40)
  @Column(name = "answer", nullable = false, length = 20000)
  private Map<String, String> answers = new HashMap<>();

  protected Review() {}

  public Review(ReviewAssignment assignment, Instant at) {
    this.assignmentId = assignment.id();
    this.eventId = assignment.eventId();
    this.submissionId = assignment.submissionId();
    this.accountId = assignment.accountId();
    this.state = State.DRAFT;
    this.updatedAt = at;
  }

  /** Keeps the answers as they are (blank ones dropped); a submitted review stays submitted. */
  public void answer(Map<String, String> given, Instant at) {
    answers.clear();
    given.forEach(
        (key, value) -> {
          if (value != null && !value.isBlank()) {
            answers.put(key, value.strip());
          }
        });
    this.updatedAt = at;
  }

  /** Hands the review in with its score (the caller checked the required answers). */
  public void submit(OptionalDouble score, OptionalInt confidence, Instant at) {
    this.weightedScore = score.isPresent() ? score.getAsDouble() : null;
    this.confidence = confidence.isPresent() ? confidence.getAsInt() : null;
    if (state == State.DRAFT) {
      this.submittedAt = at;
    }
    this.state = State.SUBMITTED;
    this.updatedAt = at;
  }

  /** Scores a submitted review again, after the form's weights or scales changed. */
  public void rescore(OptionalDouble score, OptionalInt confidence) {
    if (state == State.SUBMITTED) {
      this.weightedScore = score.isPresent() ? score.getAsDouble() : null;
      this.confidence = confidence.isPresent() ? confidence.getAsInt() : null;
    }
  }

  public Long id() {
    return id;
  }

  public int version() {
    return version;
  }

  public Long assignmentId() {
    return assignmentId;
  }

  public Long submissionId() {
    return submissionId;
  }

  public Long accountId() {
    return accountId;
  }

  public State state() {
    return state;
  }

  public boolean submitted() {
    return state == State.SUBMITTED;
  }

  public Map<String, String> answers() {
    return Map.copyOf(answers);
  }

  public Optional<Double> weightedScore() {
    return Optional.ofNullable(weightedScore);
  }

  public Optional<Integer> confidence() {
    return Optional.ofNullable(confidence);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }
}
