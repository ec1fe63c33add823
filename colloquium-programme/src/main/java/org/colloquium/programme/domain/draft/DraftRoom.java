package org.colloquium.programme.domain.draft;

import java.util.List;
import java.util.Objects;

/**
 * A room sessions can be drafted into.
 *
 * @param capacity places in the room; null when not limited (an online room)
 * @param unavailable when the room cannot be used; a block overlapping any of them is not offered
 */
public record DraftRoom(long id, String name, Integer capacity, List<DraftInterval> unavailable) {

  public DraftRoom {
    Objects.requireNonNull(name, "name");
    unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
    if (capacity != null && capacity < 0) {
      throw new IllegalArgumentException("Room " + id + " has a negative capacity");
    }
  }
}
