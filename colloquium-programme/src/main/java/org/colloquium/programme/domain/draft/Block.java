package org.colloquium.programme.domain.draft;

import java.time.LocalDate;

/** A block as the solver sees it: times in epoch minutes, so overlap tests are on longs. */
final class Block {

  final int index;
  final DraftBlock source;
  final LocalDate day;
  final long startMinute;
  final long endMinute;

  Block(int index, DraftBlock source, LocalDate day) {
    this.index = index;
    this.source = source;
    this.day = day;
    this.startMinute = Math.floorDiv(source.start().getEpochSecond(), 60);
    this.endMinute = Math.floorDiv(source.end().getEpochSecond() + 59, 60);
  }

  int lengthMinutes() {
    return source.lengthMinutes();
  }

  boolean overlaps(Block other) {
    return startMinute < other.endMinute && other.startMinute < endMinute;
  }

  @Override
  public String toString() {
    return source.id();
  }
}
