package org.colloquium.programme.domain.draft;

import java.time.Instant;
import java.util.Objects;

/** A half-open time interval [start, end), for when a room or a speaker is not available. */
public record DraftInterval(Instant start, Instant end) {

  public DraftInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("An interval must end after it starts: " + start);
    }
  }

  boolean overlaps(Instant otherStart, Instant otherEnd) {
    return start.isBefore(otherEnd) && otherStart.isBefore(end);
  }
}
