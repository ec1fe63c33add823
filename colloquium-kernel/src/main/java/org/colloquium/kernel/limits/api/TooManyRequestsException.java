package org.colloquium.kernel.limits.api;

import java.time.Instant;

/**
 * Refused because a client address used up its allowance for a while. Pages say when to try again;
 * the API answers 429 with {@code Retry-After}.
 */
public class TooManyRequestsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Instant retryAt;

  public TooManyRequestsException(Instant retryAt) {
    super("too many requests; retry at " + retryAt);
    this.retryAt = retryAt;
  }

  public Instant retryAt() {
    return retryAt;
  }
}
