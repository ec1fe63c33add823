package org.colloquium.kernel.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final Instant WINDOW_START = Instant.parse("2026-01-10T12:00:00Z");
  private final RetryPolicy policy = RetryPolicy.standard(Duration.ofMinutes(1));

  @Test
  void delayDoublesFromBaseUntilTheCap() {
    assertEquals(Duration.ofMinutes(1), policy.delayAfter(1));
    assertEquals(Duration.ofMinutes(2), policy.delayAfter(2));
    assertEquals(Duration.ofMinutes(4), policy.delayAfter(3));
    assertEquals(Duration.ofMinutes(8), policy.delayAfter(4));
    assertEquals(Duration.ofMinutes(16), policy.delayAfter(5));
    assertEquals(Duration.ofMinutes(32), policy.delayAfter(6));
    assertEquals(Duration.ofHours(1), policy.delayAfter(7)); // 64 min capped
    assertEquals(Duration.ofHours(1), policy.delayAfter(8));
  }

  @Test
  void delayStaysAtTheCapForManyAttempts() {
    assertEquals(Duration.ofHours(1), policy.delayAfter(31));
    assertEquals(Duration.ofHours(1), policy.delayAfter(41));
    assertEquals(Duration.ofHours(1), policy.delayAfter(10_000));
  }

  @Test
  void customCapIsRespected() {
    RetryPolicy custom =
        new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofHours(1));
    assertEquals(Duration.ofSeconds(10), custom.delayAfter(1));
    assertEquals(Duration.ofSeconds(20), custom.delayAfter(2));
    assertEquals(Duration.ofSeconds(30), custom.delayAfter(3));
  }

  @Test
  void nextAttemptIsNowPlusTheDelay() {
    Instant now = WINDOW_START.plus(Duration.ofMinutes(3));
    assertEquals(
        Optional.of(now.plus(Duration.ofMinutes(4))), policy.nextAttempt(3, WINDOW_START, now));
  }

  @Test
  void keepsRetryingJustBeforeADayHasPassed() {
    Instant now = WINDOW_START.plus(Duration.ofHours(24)).minusSeconds(1);
    assertEquals(
        Optional.of(now.plus(Duration.ofHours(1))), policy.nextAttempt(30, WINDOW_START, now));
  }

  @Test
  void givesUpOnceADayHasPassedSinceTheWindowStarted() {
    assertEquals(
        Optional.empty(),
        policy.nextAttempt(30, WINDOW_START, WINDOW_START.plus(Duration.ofHours(24))));
    assertEquals(
        Optional.empty(),
        policy.nextAttempt(30, WINDOW_START, WINDOW_START.plus(Duration.ofDays(3))));
  }

  @Test
  void rejectsZeroOrNegativeBase() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(24)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(Duration.ofSeconds(-1), Duration.ofHours(1), Duration.ofHours(24)));
  }

  @Test
  void rejectsCapBelowBase() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(Duration.ofMinutes(10), Duration.ofMinutes(9), Duration.ofHours(24)));
  }

  @Test
  void standardPolicyWithBaseAboveAnHourKeepsCapAtLeastBase() {
    RetryPolicy slow = RetryPolicy.standard(Duration.ofHours(2));
    assertTrue(slow.cap().compareTo(slow.base()) >= 0);
    assertEquals(Duration.ofHours(2), slow.delayAfter(1));
    assertEquals(Duration.ofHours(2), slow.delayAfter(5));
    assertEquals(Duration.ofHours(24), slow.giveUpAfter());
  }
}
