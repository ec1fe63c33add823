package org.colloquium.programme.domain.draft;

import java.util.Objects;

/** Where a contribution goes: a block and a room, which together make one session. */
public record DraftPlacement(String blockId, long roomId) {

  public DraftPlacement {
    Objects.requireNonNull(blockId, "blockId");
  }
}
