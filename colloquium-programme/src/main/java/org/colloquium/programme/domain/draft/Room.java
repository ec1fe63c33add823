package org.colloquium.programme.domain.draft;

/** A room as the solver sees it. */
final class Room {

  final int index;
  final DraftRoom source;

  Room(int index, DraftRoom source) {
    this.index = index;
    this.source = source;
  }

  /** Capacity with "not limited" as the largest number, so rooms compare by size. */
  int seats() {
    return source.capacity() == null ? Integer.MAX_VALUE : source.capacity();
  }

  boolean holds(int audience) {
    return source.capacity() == null || audience <= source.capacity();
  }

  boolean unavailableDuring(Block block) {
    return source.unavailable().stream()
        .anyMatch(interval -> interval.overlaps(block.source.start(), block.source.end()));
  }

  @Override
  public String toString() {
    return source.name();
  }
}
