package org.colloquium.kernel.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
  private static final ThrottlePolicy ACCOUNT = ThrottlePolicy.PER_ACCOUNT;

  private final SignInThrottle throttle =
      new SignInThrottle(SignInThrottle.forAccount(new EmailAddress("ana@unibuc.ro")), T0);

  /** Records failures one second apart from {@code from}; returns the time of the last. */
  private Instant failTimes(int times, Instant from) {
    Instant at = from;
    for (int i = 0; i < times; i++) {
      at = from.plusSeconds(i);
      throttle.recordFailure(at, ACCOUNT);
    }
    return at;
  }

  @Test
  void keysNameWhatTheyCount() {
    assertEquals("account:ana@unibuc.ro", throttle.key());
    assertEquals("client:192.0.2.7", SignInThrottle.forClient("192.0.2.7"));
  }

  @Test
  void firstFourFailuresDoNotBlock() {
    Instant last = failTimes(4, T0);
    assertEquals(4, throttle.failures());
    assertEquals(Optional.empty(), throttle.blockedUntil(last));
  }

  @Test
  void fifthFailureBlocksForThirtySeconds() {
    Instant fifth = failTimes(5, T0);
    Instant until = fifth.plusSeconds(30);
    assertEquals(Optional.of(until), throttle.blockedUntil(fifth));
    assertEquals(Optional.of(until), throttle.blockedUntil(until.minusMillis(1)));
    assertEquals(Optional.empty(), throttle.blockedUntil(until));
  }

  @Test
  void blockDoublesWithEachFailureAfterTheLastBlockEnds() {
    Instant at = failTimes(5, T0);
    Duration expected = Duration.ofSeconds(30);
    for (int failure = 6; failure <= 9; failure++) {
      at = at.plus(expected); // the moment the previous block ends
      expected = expected.multipliedBy(2);
      throttle.recordFailure(at, ACCOUNT);
      assertEquals(Optional.of(at.plus(expected)), throttle.blockedUntil(at), "failure " + failure);
    }
    assertEquals(Duration.ofMinutes(8), expected);
  }

  @Test
  void persistentGuessingReachesTheFifteenMinuteCap() {
    Instant at = failTimes(5, T0);
    // Wait out every block and fail again at once, as a patient attacker would.
    for (int failure = 6; failure <= 10; failure++) {
      at = throttle.blockedUntil(at).orElseThrow();
      throttle.recordFailure(at, ACCOUNT);
    }
    assertEquals(10, throttle.failures());
    assertEquals(Optional.of(at.plus(Duration.ofMinutes(15))), throttle.blockedUntil(at));
  }

  @Test
  void countStartsAgainAfterFifteenMinutesWithoutFailures() {
    Instant last = failTimes(4, T0);
    Instant quiet = last.plus(Duration.ofMinutes(15));
    throttle.recordFailure(quiet, ACCOUNT);
    assertEquals(1, throttle.failures());
    assertEquals(Optional.empty(), throttle.blockedUntil(quiet));
  }

  @Test
  void countGoesOnWhileFailuresKeepComing() {
    // Failures spread out, never fifteen quiet minutes between two of them.
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure(T0.plus(Duration.ofMinutes(10L * i)), ACCOUNT);
    }
    Instant fifth = T0.plus(Duration.ofMinutes(40));
    throttle.recordFailure(fifth, ACCOUNT);
    assertEquals(5, throttle.failures());
    assertEquals(Optional.of(fifth.plusSeconds(30)), throttle.blockedUntil(fifth));
  }

  @Test
  void fourteenMinutesOfQuietAreNotEnough() {
    Instant last = failTimes(4, T0);
    Instant next = last.plus(Duration.ofMinutes(15)).minusSeconds(1);
    throttle.recordFailure(next, ACCOUNT);
    assertEquals(5, throttle.failures());
    assertEquals(Optional.of(next.plusSeconds(30)), throttle.blockedUntil(next));
  }

  @Test
  void resetLiftsTheBlockAndClearsTheCount() {
    Instant fifth = failTimes(5, T0);
    throttle.reset(fifth.plusSeconds(1));
    assertEquals(0, throttle.failures());
    assertEquals(Optional.empty(), throttle.blockedUntil(fifth.plusSeconds(1)));
    Instant next = failTimes(4, fifth.plusSeconds(2));
    assertEquals(Optional.empty(), throttle.blockedUntil(next));
  }

  @Test
  void perClientThrottleToleratesThirtyFailures() {
    SignInThrottle client = new SignInThrottle(SignInThrottle.forClient("192.0.2.7"), T0);
    for (int i = 0; i < 29; i++) {
      client.recordFailure(T0.plusSeconds(i), ThrottlePolicy.PER_CLIENT);
    }
    assertEquals(Optional.empty(), client.blockedUntil(T0.plusSeconds(28)));
    client.recordFailure(T0.plusSeconds(29), ThrottlePolicy.PER_CLIENT);
    assertEquals(Optional.of(T0.plusSeconds(59)), client.blockedUntil(T0.plusSeconds(29)));
  }
}
