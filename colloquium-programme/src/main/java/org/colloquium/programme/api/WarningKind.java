package org.colloquium.programme.api;

/**
 * What can be wrong with a timetable, each with the severity it has until the organisers choose
 * another. Placing someone in two places at once, or two sessions in one room, blocks publishing by
 * default: a printed programme with either is wrong for somebody. The rest warn.
 */
public enum WarningKind {
  /** A speaker or chair in two places at once (a chair who presents in a parallel session too). */
  SPEAKER_DOUBLE_BOOKED(Severity.BLOCK),
  /** Two sessions in one room at once. */
  ROOM_DOUBLE_BOOKED(Severity.BLOCK),
  /** A speaker placed when they said they cannot attend. */
  SPEAKER_UNAVAILABLE(Severity.WARN),
  /** A session in a room at a time the room cannot be used. */
  ROOM_UNAVAILABLE(Severity.WARN),
  /** A room with fewer places than the session's expected audience. */
  ROOM_TOO_SMALL(Severity.WARN),
  /** A session's contributions last longer than the session. */
  SESSION_OVERRUN(Severity.WARN),
  /** Contributions of one track in two places at once. */
  TRACK_IN_PARALLEL(Severity.WARN),
  /** An accepted contribution in no session. */
  UNSCHEDULED(Severity.WARN),
  /** A session on a day outside the event's dates. */
  OUTSIDE_EVENT(Severity.WARN);

  private final Severity byDefault;

  WarningKind(Severity byDefault) {
    this.byDefault = byDefault;
  }

  public Severity byDefault() {
    return byDefault;
  }
}
