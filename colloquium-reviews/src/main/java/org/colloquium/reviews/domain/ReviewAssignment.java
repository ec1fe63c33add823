package org.colloquium.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A reviewer asked to review a submission, by an organiser or by a committed computed run. */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment {

  /** Whether the reviewer still holds the assignment. */
  public enum State {
    ASSIGNED,
    DECLINED
  }

  /** Who made it. */
  public enum Source {
    MANUAL,
    AUTOMATIC
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_assignment_seq")
  @SequenceGenerator(
      name = "review_assignment_seq",
      sequenceName = "review_assignment_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(name = "submission_id", nullable = false)
  private Long submissionId;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private State state;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private Source source;

  @Column(name = "assigned_by")
  private Long assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Column(name = "declined_reason", length = 1000)
  private String declinedReason;

  @Column(name = "declined_at")
  private Instant declinedAt;

  protected ReviewAssignment() {}

  public ReviewAssignment(
      Long eventId, Long submissionId, Long accountId, Source source, Long by, Instant at) {
    this.eventId = eventId;
    this.submissionId = submissionId;
    this.accountId = accountId;
    this.state = State.ASSIGNED;
    this.source = source;
    this.assignedBy = by;
    this.assignedAt = at;
  }

  /** The reviewer gives it back, saying why. */
  public void decline(String reason, Instant at) {
    this.state = State.DECLINED;
    this.declinedReason = reason;
    this.declinedAt = at;
  }

  /** An organiser assigns a declined pair again. */
  public void reassign(Source source, Long by, Instant at) {
    this.state = State.ASSIGNED;
    this.source = source;
    this.assignedBy = by;
    this.assignedAt = at;
    this.declinedReason = null;
    this.declinedAt = null;
  }

  public Long id() {
    return id;
  }

  public int version() {
    return version;
  }

  public Long eventId() {
    return eventId;
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

  public boolean active() {
    return state == State.ASSIGNED;
  }

  public Source source() {
    return source;
  }

  public Instant assignedAt() {
    return assignedAt;
  }

  public String declinedReason() {
    return declinedReason;
  }
}
