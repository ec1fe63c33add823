package org.colloquium.programme.domain.draft;

import java.time.Instant;

/**
 * Where one contribution went. The contributions of one placement (block and room) make one session
 * and run one after another, ordered by track and then by id, from the block's start.
 *
 * @param placement null when the draft could not place it (see the result's warnings)
 * @param start null when not placed
 * @param end null when not placed
 */
public record DraftAssignment(
    long contributionId, DraftPlacement placement, Instant start, Instant end) {

  public boolean placed() {
    return placement != null;
  }
}
