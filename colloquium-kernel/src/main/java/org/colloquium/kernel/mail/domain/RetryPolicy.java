package org.colloquium.kernel.mail.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed delivery again: exponential back-off from {@code base}, doubling up to
 * {@code cap}, for at least {@code giveUpAfter} since the first attempt (a day covers a mail
 * server's maintenance window or a weekend outage of a small centre's relay).
 */
public record RetryPolicy(Duration base, Duration cap, Duration giveUpAfter) {

  public static RetryPolicy standard(Duration base) {
    Duration cap = Duration.ofHours(1);
    return new RetryPolicy(base, base.compareTo(cap) > 0 ? base : cap, Duration.ofHours(24));
  }

  public RetryPolicy {
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("need 0 < base <= cap");
    }
  }

  /** The delay before the next try after {@code attempts} failed attempts (1 or more). */
  public Duration delayAfter(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 40));
    Duration delay = doublings >= 40 ? cap : base.multipliedBy(1L << Math.min(doublings, 30));
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  /**
   * The moment of the next attempt, or empty when the message has been retried long enough and is
   * to be marked failed.
   */
  public Optional<Instant> nextAttempt(int attempts, Instant windowStart, Instant now) {
    if (!now.isBefore(windowStart.plus(giveUpAfter))) {
      return Optional.empty();
    }
    return Optional.of(now.plus(delayAfter(attempts)));
  }
}
