package org.colloquium.programme.api;

/**
 * What a block of the timetable is. Only sessions and poster sessions hold contributions; a blocker
 * reserves a room or a time for the organisers and never reaches the public.
 */
public enum SessionKind {
  SESSION,
  KEYNOTE,
  PLENARY,
  POSTERS,
  BREAK,
  BLOCKER;

  /** Whether contributions go into it. */
  public boolean holdsContributions() {
    return this == SESSION || this == POSTERS;
  }

  /** Whether the public sees it. */
  public boolean isPublic() {
    return this != BLOCKER;
  }
}
