package org.colloquium.kernel.limits.domain;

import io.github.bucket4j.Bandwidth;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code count} per {@code period}. A smooth rate refills one token every {@code period / count} (a
 * burst of {@code count}, then a steady trickle: right for slowing guessers down). A quota refills
 * all {@code count} at once when the period has passed (right for "N mails a day").
 */
public record Rate(long count, Duration period, Refill refill) {

  public enum Refill {
    SMOOTH,
    ALL_AT_ONCE
  }

  public Rate {
    if (count < 1) {
      throw new IllegalArgumentException("a rate allows at least one: " + count);
    }
    Objects.requireNonNull(period);
    Objects.requireNonNull(refill);
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("a rate needs a period: " + period);
    }
  }

  public static Rate smooth(long count, Duration period) {
    return new Rate(count, period, Refill.SMOOTH);
  }

  public static Rate quota(long count, Duration period) {
    return new Rate(count, period, Refill.ALL_AT_ONCE);
  }

  Bandwidth bandwidth() {
    var capacity = Bandwidth.builder().capacity(count);
    return switch (refill) {
      case SMOOTH -> capacity.refillGreedy(count, period).build();
      case ALL_AT_ONCE -> capacity.refillIntervally(count, period).build();
    };
  }

  /** A short, stable text of the rate, part of the bucket's key. */
  String text() {
    return count + (refill == Refill.SMOOTH ? "/" : "|") + period;
  }
}
