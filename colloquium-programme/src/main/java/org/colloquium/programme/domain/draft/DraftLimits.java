package org.colloquium.programme.domain.draft;

import java.time.Duration;
import java.util.Objects;

/**
 * When the draft stops: at the time limit, or earlier once no rule is broken and the best draft has
 * not improved for {@code unimprovedLimit}.
 *
 * @param unimprovedLimit null never to stop early
 * @param moveLimit null for none; else the search stops after evaluating this many moves (in all),
 *     which makes the draft independent of the machine's speed (the same draft whatever the load):
 *     tests need that, a job does not. The construction of a first draft always completes.
 */
public record DraftLimits(Duration timeLimit, Duration unimprovedLimit, Long moveLimit) {

  /** How long a draft may stay unimproved before it stops, when no rule is broken. */
  public static final Duration DEFAULT_UNIMPROVED_LIMIT = Duration.ofSeconds(10);

  public DraftLimits {
    Objects.requireNonNull(timeLimit, "timeLimit");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("The time limit must be positive");
    }
    if (moveLimit != null && moveLimit < 0) {
      throw new IllegalArgumentException("The move limit must not be negative");
    }
  }

  /** Up to {@code timeLimit}, stopping after {@link #DEFAULT_UNIMPROVED_LIMIT} unimproved. */
  public static DraftLimits of(Duration timeLimit) {
    Duration unimproved =
        timeLimit.compareTo(DEFAULT_UNIMPROVED_LIMIT) < 0 ? null : DEFAULT_UNIMPROVED_LIMIT;
    return new DraftLimits(timeLimit, unimproved, null);
  }

  /** A fixed number of moves evaluated, with the time limit as a safety net only. */
  public static DraftLimits moves(long moveLimit, Duration timeLimit) {
    return new DraftLimits(timeLimit, null, moveLimit);
  }
}
