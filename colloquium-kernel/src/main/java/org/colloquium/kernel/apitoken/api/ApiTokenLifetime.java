package org.colloquium.kernel.apitoken.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a new token works, chosen when it is created. A token that expires on its own limits the
 * harm of one forgotten in a script or a repository; "never" stays possible for a service that its
 * owner watches.
 */
public enum ApiTokenLifetime {
  DAYS_30(30),
  DAYS_90(90),
  DAYS_365(365),
  NEVER(0);

  private final int days;

  ApiTokenLifetime(int days) {
    this.days = days;
  }

  /** The number of days, or 0 for a token that does not expire. */
  public int days() {
    return days;
  }

  /** When a token created at {@code createdAt} stops working; empty if never. */
  public Optional<Instant> expiryFrom(Instant createdAt) {
    return days == 0 ? Optional.empty() : Optional.of(createdAt.plus(Duration.ofDays(days)));
  }
}
