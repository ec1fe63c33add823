package org.colloquium.kernel.account.domain;

import java.time.Duration;

/**
 * How many wrong passwords are tolerated before sign-in pauses, and for how long. The {@code
 * freeAttempts}-th failure blocks for {@code firstBlock}, each further one for twice as long, up to
 * {@code maxBlock}; the count starts again after {@code window} without a failure. Short blocks
 * slow a guessing attack to a crawl without letting a stranger lock someone out for long.
 */
public record ThrottlePolicy(
    int freeAttempts, Duration window, Duration firstBlock, Duration maxBlock) {

  /** Per account (email address). */
  public static final ThrottlePolicy PER_ACCOUNT =
      new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15));

  /**
   * Mails with links to one address: three in a quarter of an hour, then quiet for a while, so
   * nobody can flood someone's mailbox through the forms or keep replacing their links.
   */
  public static final ThrottlePolicy MAILS_TO_ADDRESS =
      new ThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofHours(1));

  /** Per client address: more generous, as a university network shares one address. */
  public static final ThrottlePolicy PER_CLIENT =
      new ThrottlePolicy(
          30, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15));

  /** The block after the {@code failures}-th failure in a window (zero while still free). */
  public Duration blockAfter(int failures) {
    if (failures < freeAttempts) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeAttempts, 30);
    Duration block = firstBlock.multipliedBy(1L << doublings);
    return block.compareTo(maxBlock) > 0 ? maxBlock : block;
  }
}
