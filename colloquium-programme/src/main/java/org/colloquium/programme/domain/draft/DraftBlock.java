package org.colloquium.programme.domain.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A time window in which sessions run in parallel (09:00–10:30, 11:00–12:30, …). Breaks are the
 * gaps between blocks, so they are never drafted into.
 *
 * @param id the caller's name for it, unique in the problem; placements refer to it
 */
public record DraftBlock(String id, Instant start, Instant end) {

  public DraftBlock {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("Block " + id + " must end after it starts");
    }
  }

  public int lengthMinutes() {
    return (int) Duration.between(start, end).toMinutes();
  }
}
