package org.colloquium.kernel.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleTest {

  private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
  private static final ThrottlePolicy ACCOUNT = ThrottlePolicy.PER_ACCOUNT;

  private final Throttle throttle =
      new Throttle(Throttle.forAccount(new EmailAddress("ana@unibuc.ro")), T0);

  /** Records failures one second apart from {@code from}; returns the time of the last. */
  private Instant failTimes(int times, Instant from) {
    Instant at = from;
    for (int i = 0; i < times; i++) {
      at = from.plusSeconds(i);
      throttle.record(at, ACCOUNT);
    }
    return at;
  }

  @Test
  void keysNameWhatTheyCount() {
    assertEquals("account:ana@unibuc.ro", throttle.key());
    assertEquals("client:192.0.2.7", Throttle.forClient("192.0.2.7"));
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
      throttle.record(at, ACCOUNT);
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
      throttle.record(at, ACCOUNT);
    }
    assertEquals(10, throttle.failures());
    assertEquals(Optional.of(at.plus(Duration.ofMinutes(15))), throttle.blockedUntil(at));
  }

  @Test
  void countStartsAgainAfterFifteenMinutesWithoutFailures() {
    Instant last = failTimes(4, T0);
    Instant quiet = last.plus(Duration.ofMinutes(15));
    throttle.record(quiet, ACCOUNT);
    assertEquals(1, throttle.failures());
    assertEquals(Optional.empty(), throttle.blockedUntil(quiet));
  }

  @Test
  void countGoesOnWhileFailuresKeepComing() {
    // Failures spread out, never fifteen quiet minutes between two of them.
    for (int i = 0; i < 4; i++) {
      throttle.record(T0.plus(Duration.ofMinutes(10L * i)), ACCOUNT);
    }
    Instant fifth = T0.plus(Duration.ofMinutes(40));
    throttle.record(fifth, ACCOUNT);
    assertEquals(5, throttle.failures());
    assertEquals(Optional.of(fifth.plusSeconds(30)), throttle.blockedUntil(fifth));
  }

  @Test
  void fourteenMinutesOfQuietAreNotEnough() {
    Instant last = failTimes(4, T0);
    Instant next = last.plus(Duration.ofMinutes(15)).minusSeconds(1);
    throttle.record(next, ACCOUNT);
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
    Throttle client = new Throttle(Throttle.forClient("192.0.2.7"), T0);
    for (int i = 0; i < 29; i++) {
      client.record(T0.plusSeconds(i), ThrottlePolicy.PER_CLIENT);
    }
    assertEquals(Optional.empty(), client.blockedUntil(T0.plusSeconds(28)));
    client.record(T0.plusSeconds(29), ThrottlePolicy.PER_CLIENT);
    assertEquals(Optional.of(T0.plusSeconds(59)), client.blockedUntil(T0.plusSeconds(29)));
  }

  @Test
  void aSuccessfulSignInGivesTheClientItsAttemptBack() {
    Throttle client = new Throttle(Throttle.forClient("192.0.2.9"), T0);
    client.record(T0, ThrottlePolicy.PER_CLIENT);
    client.record(T0.plusSeconds(1), ThrottlePolicy.PER_CLIENT);
    client.forgiveOne();
    assertEquals(1, client.failures());
    client.forgiveOne();
    client.forgiveOne();
    assertEquals(0, client.failures(), "never below zero");
  }

  @Test
  void atMostThreeLinkMailsToOneAddressPerQuarterOfAnHour() {
    Throttle mailbox = new Throttle(Throttle.forMailTo(new EmailAddress("ana@unibuc.ro")), T0);
    for (int i = 0; i < 3; i++) {
      Instant at = T0.plusSeconds(60L * i);
      assertTrue(mailbox.blockedUntil(at).isEmpty(), "mail " + (i + 1) + " may go");
      mailbox.record(at, ThrottlePolicy.MAILS_TO_ADDRESS);
    }
    assertTrue(mailbox.blockedUntil(T0.plusSeconds(200)).isPresent(), "the fourth waits");
    assertEquals("mail:ana@unibuc.ro", Throttle.forMailTo(new EmailAddress("ana@unibuc.ro")));
  }

  @Test
  void ipv6ClientsCountPerNetworkNotPerAddress() {
    assertEquals(
        Throttle.forClient("2001:db8:85a3:7:1111:2222:3333:4444"),
        Throttle.forClient("2001:db8:85a3:7:ffff::1"),
        "two addresses of one /64 share a count");
    assertEquals("client:2001:db8:85a3:7::/64", Throttle.forClient("2001:db8:85a3:7::9"));
    assertEquals("client:192.0.2.7", Throttle.forClient("192.0.2.7"), "IPv4 stays as it is");
  }
}
