package org.colloquium.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.colloquium.programme.api.UndoKind;

/**
 * One change to the place of a session or a contribution, with what was there before: enough to put
 * it back. Steps are kept per event, newest undone first; a step whose session or contribution is
 * gone is dropped when its turn comes.
 */
@Entity
@Table(name = "programme_undo_step")
public class UndoStep {

  /** How many steps an event keeps; older ones are forgotten. */
  public static final int KEPT = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_undo_step_seq")
  @SequenceGenerator(
      name = "programme_undo_step_seq",
      sequenceName = "programme_undo_step_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private UndoKind kind;

  @Column(name = "target_id", nullable = false)
  private Long targetId;

  @Column(name = "made_by")
  private Long madeBy;

  @Column(name = "made_at", nullable = false)
  private Instant madeAt;

  @Column(name = "room_id")
  private Long roomId;

  @Column(name = "starts_at")
  private Instant start;

  @Column(name = "ends_at")
  private Instant end;

  @Column(name = "session_id")
  private Long sessionId;

  private Integer position;

  private Integer minutes;

  @Column(length = 20)
  private String board;

  private Boolean pinned;

  protected UndoStep() {}

  private UndoStep(Long eventId, UndoKind kind, Long targetId, Long madeBy, Instant madeAt) {
    this.eventId = eventId;
    this.kind = kind;
    this.targetId = targetId;
    this.madeBy = madeBy;
    this.madeAt = madeAt;
  }

  /** Before a session moves: its room and times. */
  public static UndoStep sessionMoved(TimetableSession session, Long madeBy, Instant madeAt) {
    UndoStep step =
        new UndoStep(session.eventId(), UndoKind.SESSION_MOVED, session.id(), madeBy, madeAt);
    step.roomId = session.roomId().orElse(null);
    step.start = session.start();
    step.end = session.end();
    return step;
  }

  /** Before a contribution goes to another session or place: where it was. */
  public static UndoStep contributionPlaced(Contribution c, Long madeBy, Instant madeAt) {
    UndoStep step = new UndoStep(c.eventId(), UndoKind.CONTRIBUTION_PLACED, c.id(), madeBy, madeAt);
    step.sessionId = c.sessionId().orElse(null);
    step.position = c.position();
    return step;
  }

  /** Before a contribution's length, board or pin change: what they were. */
  public static UndoStep contributionChanged(Contribution c, Long madeBy, Instant madeAt) {
    UndoStep step =
        new UndoStep(c.eventId(), UndoKind.CONTRIBUTION_CHANGED, c.id(), madeBy, madeAt);
    step.minutes = c.durationMinutes();
    step.board = c.board().orElse(null);
    step.pinned = c.pinned();
    return step;
  }

  public Long id() {
    return id;
  }

  public Long eventId() {
    return eventId;
  }

  public UndoKind kind() {
    return kind;
  }

  public Long targetId() {
    return targetId;
  }

  public Instant madeAt() {
    return madeAt;
  }

  public Long roomId() {
    return roomId;
  }

  public Instant start() {
    return start;
  }

  public Instant end() {
    return end;
  }

  public Long sessionId() {
    return sessionId;
  }

  public int position() {
    return position == null ? 0 : position;
  }

  public int minutes() {
    return minutes == null ? 0 : minutes;
  }

  public String board() {
    return board;
  }

  public boolean pinned() {
    return Boolean.TRUE.equals(pinned);
  }
}
