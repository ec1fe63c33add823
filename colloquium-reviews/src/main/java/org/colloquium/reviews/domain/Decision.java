package org.colloquium.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.colloquium.reviews.api.Outcome;

/**
 * The organisers' decision on a submission. Pending from the moment it is made or changed until the
 * authors are notified; what they were told is kept apart, so that they go on reading it while the
 * organisers change their minds.
 */
@Entity
@Table(name = "review_decision")
public class Decision {

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Version private int version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Outcome outcome;

  @Column(name = "type_id")
  private Long typeId;

  @Column(name = "track_id")
  private Long trackId;

  @Column(name = "other_id")
  private Long otherId;

  @Column(length = 2000)
  private String note;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column(nullable = false)
  private boolean pending;

  @Enumerated(EnumType.STRING)
  @Column(name = "notified_outcome", length = 10)
  private Outcome notifiedOutcome;

  @Column(name = "notified_type_id")
  private Long notifiedTypeId;

  @Column(name = "notified_track_id")
  private Long notifiedTrackId;

  @Column(name = "notified_at")
  private Instant notifiedAt;

  protected Decision() {}

  public Decision(Long eventId, Long submissionId) {
    this.eventId = eventId;
    this.submissionId = submissionId;
  }

  /** Decides (again): pending until the next notification, unless nothing changed. */
  public void decide(
      Outcome outcome, Long typeId, Long trackId, Long otherId, String note, Long by, Instant at) {
    boolean same =
        outcome == this.outcome
            && java.util.Objects.equals(typeId, this.typeId)
            && java.util.Objects.equals(trackId, this.trackId)
            && java.util.Objects.equals(otherId, this.otherId);
    this.outcome = outcome;
    this.typeId = typeId;
    this.trackId = trackId;
    this.otherId = otherId;
    this.note = note == null || note.isBlank() ? null : note.strip();
    if (!same || this.decidedAt == null) {
      this.decidedBy = by;
      this.decidedAt = at;
      this.pending = notifiedAt == null || !matchesNotified();
    }
  }

  private boolean matchesNotified() {
    return outcome == notifiedOutcome
        && java.util.Objects.equals(typeId, notifiedTypeId)
        && java.util.Objects.equals(trackId, notifiedTrackId);
  }

  /** The authors were told: what they read from now on. */
  public void notified(Instant at) {
    this.notifiedOutcome = outcome;
    this.notifiedTypeId = typeId;
    this.notifiedTrackId = trackId;
    this.notifiedAt = at;
    this.pending = false;
  }

  /** Whether the decision may be taken back: the authors have never been told of one. */
  public boolean retractable() {
    return notifiedAt == null;
  }

  public Long submissionId() {
    return submissionId;
  }

  public Long eventId() {
    return eventId;
  }

  public int version() {
    return version;
  }

  public Outcome outcome() {
    return outcome;
  }

  public Optional<Long> typeId() {
    return Optional.ofNullable(typeId);
  }

  public Optional<Long> trackId() {
    return Optional.ofNullable(trackId);
  }

  public Optional<Long> otherId() {
    return Optional.ofNullable(otherId);
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Optional<Long> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public boolean pending() {
    return pending;
  }

  public Optional<Outcome> notifiedOutcome() {
    return Optional.ofNullable(notifiedOutcome);
  }

  public Optional<Long> notifiedTypeId() {
    return Optional.ofNullable(notifiedTypeId);
  }

  public Optional<Long> notifiedTrackId() {
    return Optional.ofNullable(notifiedTrackId);
  }

  public Optional<Instant> notifiedAt() {
    return Optional.ofNullable(notifiedAt);
  }
}
