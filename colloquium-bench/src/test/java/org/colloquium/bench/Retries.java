package org.colloquium.bench;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.tryMax;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A person whose request failed (in the fault benchmark: a node died under it, the database
 * restarted) sends it again, up to {@code bench.retries} more times, {@code bench.retryPauseMillis}
 * apart, as a person would. 0, the default, keeps a simulation as it was: a failure ends that
 * person's try. Shared by the deadline rush and the registration race.
 */
final class Retries {

  private final int max = Integer.getInteger("bench.retries", 0);
  private final Duration pause = Duration.ofMillis(Long.getLong("bench.retryPauseMillis", 2_000));
  private final AtomicInteger retried = new AtomicInteger();

  /** Whether a failed request is sent again at all. */
  boolean enabled() {
    return max > 0;
  }

  /** How many more times a failed request is sent. */
  int max() {
    return max;
  }

  /** How many tries after a failure the simulation made. */
  int retried() {
    return retried.get();
  }

  /**
   * The step as it is without retries; with them, tried up to 1 + max times, a pause before each
   * try after the first (tryMax interrupts the step at its first failed request).
   */
  ChainBuilder around(ChainBuilder step) {
    if (max == 0) {
      return step;
    }
    return tryMax(1 + max, "try")
        .on(
            doIf(session -> session.getInt("try") > 0)
                .then(
                    exec(session -> {
                          retried.incrementAndGet();
                          return session;
                        })
                        .pause(pause))
                .exec(step));
  }
}
