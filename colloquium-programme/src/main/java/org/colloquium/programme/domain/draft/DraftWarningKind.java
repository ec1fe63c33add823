package org.colloquium.programme.domain.draft;

/**
 * What a warning is about. The names are stable: the application translates them, using the ids and
 * figures of the {@link DraftWarning}. For each kind, what {@link DraftWarning#amount()} and {@link
 * DraftWarning#limit()} mean is said below (0 when unused).
 */
public enum DraftWarningKind {
  /** Two contributions sharing a speaker run at overlapping times in different rooms. */
  SPEAKER_DOUBLE_BOOKED(Level.HARD),
  /** A speaker is placed in a block during which they said they are unavailable. */
  SPEAKER_UNAVAILABLE(Level.HARD),
  /** A contribution is in a room during a block in which the room cannot be used. */
  ROOM_UNAVAILABLE(Level.HARD),
  /** A session lasts longer than its block: amount = minutes needed, limit = block minutes. */
  BLOCK_OVERRUN(Level.HARD),
  /** More are expected than the room holds: amount = expected audience, limit = capacity. */
  ROOM_TOO_SMALL(Level.HARD),

  /** Not placed: longer than every block. amount = duration, limit = longest block's minutes. */
  UNPLACED_TOO_LONG(Level.UNPLACED),
  /** Not placed: no room is large enough. amount = expected audience, limit = largest capacity. */
  UNPLACED_ROOMS_TOO_SMALL(Level.UNPLACED),
  /** Not placed: its speakers are unavailable in every block it would fit in. */
  UNPLACED_SPEAKERS_UNAVAILABLE(Level.UNPLACED),
  /**
   * Not placed: each block and room fails for one reason or another (too short, too small, room or
   * speakers unavailable), none for all of them.
   */
  UNPLACED_NO_SUITABLE_SLOT(Level.UNPLACED),
  /**
   * Not placed: it would fit in some blocks and rooms, but these are full or its speakers speak
   * elsewhere then. amount = number of such block-room pairs.
   */
  UNPLACED_NO_FREE_SLOT(Level.UNPLACED),
  /**
   * Not placed, although it would fit as the draft stands: the draft stopped before placing it (a
   * longer time limit should), or a checked draft simply left it out. amount = number of block-room
   * pairs where it would fit now.
   */
  UNPLACED_WOULD_FIT(Level.UNPLACED),

  /** A track is spread over several rooms: amount = rooms used by the track. */
  TRACK_IN_SEVERAL_ROOMS(Level.SOFT),
  /** Two contributions of one track run at the same time in different rooms. */
  TRACK_IN_PARALLEL(Level.SOFT),
  /** Something runs at the same time as a keynote, or in its session. */
  KEYNOTE_NOT_ALONE(Level.SOFT),
  /** A contribution is on a day its speakers did not prefer, or in a block they avoid. */
  SPEAKER_PREFERENCE_UNMET(Level.SOFT),
  /** A session mixes languages: amount = number of languages. */
  MIXED_LANGUAGES(Level.SOFT),
  /** A session mixes tracks: amount = number of tracks. */
  MIXED_TRACKS(Level.SOFT),
  /**
   * At the same time, a contribution with a larger audience is in a smaller room than one with a
   * smaller audience: amount = the larger audience, limit = the smaller one.
   */
  LARGER_AUDIENCE_IN_SMALLER_ROOM(Level.SOFT);

  /** How bad it is. */
  public enum Level {
    /** A rule is broken: the programme cannot run like this. */
    HARD,
    /** A contribution was left out. */
    UNPLACED,
    /** A wish is not met. */
    SOFT
  }

  private final Level level;

  DraftWarningKind(Level level) {
    this.level = level;
  }

  public Level level() {
    return level;
  }
}
