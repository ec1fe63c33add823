package org.colloquium.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A time when a speaker (by address) or a room cannot be used. "Can only come on Friday" is kept as
 * the times they cannot, so that every check asks one question.
 */
@Entity
@Table(name = "programme_unavailability")
public class Unavailability {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_unavailability_seq")
  @SequenceGenerator(
      name = "programme_unavailability_seq",
      sequenceName = "programme_unavailability_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(name = "speaker_email", length = 320)
  private String speakerEmail;

  @Column(name = "room_id")
  private Long roomId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(length = 300)
  private String note;

  @Column(name = "entered_by")
  private Long enteredBy;

  @Column(name = "submission_id")
  private Long submissionId;

  protected Unavailability() {}

  private Unavailability(
      Long eventId,
      String speakerEmail,
      Long roomId,
      Instant start,
      Instant end,
      String note,
      Long by) {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("ends after it starts");
    }
    this.eventId = eventId;
    this.speakerEmail = speakerEmail;
    this.roomId = roomId;
    this.startsAt = start;
    this.endsAt = end;
    this.note = note;
    this.enteredBy = by;
  }

  public static Unavailability ofSpeaker(
      Long eventId, String email, Instant start, Instant end, String note, Long by) {
    return new Unavailability(eventId, email, null, start, end, note, by);
  }

  /** Entered by an author on the page of the submission the speaker presents. */
  public static Unavailability ofSpeakerBySubmission(
      Long eventId,
      String email,
      Instant start,
      Instant end,
      String note,
      Long by,
      Long submission) {
    Unavailability u = new Unavailability(eventId, email, null, start, end, note, by);
    u.submissionId = submission;
    return u;
  }

  public static Unavailability ofRoom(
      Long eventId, Long roomId, Instant start, Instant end, String note, Long by) {
    return new Unavailability(eventId, null, roomId, start, end, note, by);
  }

  public Long id() {
    return id;
  }

  public Long eventId() {
    return eventId;
  }

  public Optional<String> speakerEmail() {
    return Optional.ofNullable(speakerEmail);
  }

  public Optional<Long> roomId() {
    return Optional.ofNullable(roomId);
  }

  public Instant start() {
    return startsAt;
  }

  public Instant end() {
    return endsAt;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /** The submission whose authors entered it; empty when the organisers did. */
  public Optional<Long> submissionId() {
    return Optional.ofNullable(submissionId);
  }

  public Optional<Long> enteredBy() {
    return Optional.ofNullable(enteredBy);
  }
}
