package org.colloquium.programme.domain.draft;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A block in a room: the value a contribution is assigned, and so one session. A slot whose room is
 * unavailable in its block exists only when a pinned contribution is there (the pin is kept and the
 * violation reported); otherwise it is not offered at all, which keeps the search small.
 */
final class Slot {

  @PlanningId private final Integer id;
  final Block block;
  final Room room;
  final boolean available;

  Slot(int id, Block block, Room room, boolean available) {
    this.id = id;
    this.block = block;
    this.room = room;
    this.available = available;
  }

  DraftPlacement placement() {
    return new DraftPlacement(block.source.id(), room.source.id());
  }

  @Override
  public String toString() {
    return block + "@" + room;
  }
}
