package org.colloquium.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/**
 * A contribution to the programme made from an accepted submission. What it says (title, abstract,
 * authors) stays the submission's, so an author's final version reaches the next release without
 * anyone copying it; the programme keeps only where and how long it is.
 */
@Entity
@Table(name = "programme_contribution")
public class Contribution {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_contribution_seq")
  @SequenceGenerator(
      name = "programme_contribution_seq",
      sequenceName = "programme_contribution_seq",
      allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(name = "submission_id", nullable = false)
  private Long submissionId;

  @Column(name = "session_id")
  private Long sessionId;

  @Column(nullable = false)
  private int position;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(nullable = false)
  private boolean poster;

  @Column(length = 20)
  private String board;

  @Column(nullable = false)
  private boolean pinned;

  protected Contribution() {}

  public Contribution(Long eventId, Long submissionId, int durationMinutes, boolean poster) {
    this.eventId = eventId;
    this.submissionId = submissionId;
    this.poster = poster;
    resize(durationMinutes);
  }

  /** Into a session at a position, or out of every session with null. */
  public void placeIn(Long sessionId, int position) {
    this.sessionId = sessionId;
    this.position = position;
  }

  public void resize(int minutes) {
    if (minutes < 1 || minutes > 600) {
      throw new IllegalArgumentException("duration out of range: " + minutes);
    }
    this.durationMinutes = minutes;
  }

  public void change(int minutes, String board, boolean pinned) {
    resize(minutes);
    this.board = board;
    this.pinned = pinned;
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

  public Optional<Long> sessionId() {
    return Optional.ofNullable(sessionId);
  }

  public int position() {
    return position;
  }

  public int durationMinutes() {
    return durationMinutes;
  }

  public boolean poster() {
    return poster;
  }

  public Optional<String> board() {
    return Optional.ofNullable(board);
  }

  public boolean pinned() {
    return pinned;
  }
}
