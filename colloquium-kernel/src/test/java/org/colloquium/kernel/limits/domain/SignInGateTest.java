package org.colloquium.kernel.limits.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.colloquium.kernel.limits.api.ClientAddress;
import org.colloquium.kernel.limits.api.LimitSettings;
import org.junit.jupiter.api.Test;

class SignInGateTest {

  private static final String OWNER = "reviewer@colloquium.example";
  private static final ClientAddress ATTACKER = ClientAddress.of("203.0.113.7");
  private static final ClientAddress OWNER_LAPTOP = ClientAddress.of("198.51.100.20");

  private final TestClock clock = new TestClock(Instant.parse("2026-05-04T10:00:00Z"));
  private final Limits limits = new Limits(LimitSettings.DEFAULTS);
  private final Map<String, Bucket> buckets = new HashMap<>();

  private Bucket client(ClientAddress address) {
    return buckets.computeIfAbsent(
        "client " + address, k -> clock.bucket(limits.signInPerClient()));
  }

  private Bucket pair(String email, ClientAddress address) {
    return buckets.computeIfAbsent(
        SignInGate.subject(email, address),
        k -> clock.bucket(Limits.SIGN_IN_PER_ACCOUNT_AND_CLIENT));
  }

  /** A wrong password: admitted (and so counted), or the wait if refused. */
  private Optional<Duration> fail(String email, ClientAddress address) {
    return SignInGate.admit(client(address), pair(email, address));
  }

  private Optional<Duration> succeed(String email, ClientAddress address) {
    Optional<Duration> wait = SignInGate.admit(client(address), pair(email, address));
    if (wait.isEmpty()) {
      SignInGate.succeeded(client(address), pair(email, address));
    }
    return wait;
  }

  @Test
  void fiveWrongPasswordsAreCheckedThenTheClientWaitsThreeMinutesPerTry() {
    for (int i = 0; i < 5; i++) {
      assertEquals(Optional.empty(), fail(OWNER, ATTACKER), "attempt " + (i + 1) + " is checked");
    }
    Optional<Duration> wait = fail(OWNER, ATTACKER);
    assertTrue(wait.isPresent(), "the sixth waits");
    assertEquals(Duration.ofMinutes(3), wait.get());

    clock.advance(Duration.ofMinutes(3));
    assertEquals(Optional.empty(), fail(OWNER, ATTACKER), "one more try after the wait");
    assertTrue(fail(OWNER, ATTACKER).isPresent(), "and then it waits again");
  }

  @Test
  void aStrangersFailuresNeverPauseTheOwnerOnAnotherClient() {
    for (int i = 0; i < 50; i++) {
      fail(OWNER, ATTACKER);
      clock.advance(Duration.ofSeconds(10));
    }
    assertTrue(fail(OWNER, ATTACKER).isPresent(), "the attacker is paused");
    assertEquals(Optional.empty(), succeed(OWNER, OWNER_LAPTOP), "the owner is let in");
  }

  @Test
  void theAttackerIsHeldToTwentyGuessesADayPerAccount() {
    int checked = 0;
    for (int minute = 0; minute < 24 * 60; minute++) {
      if (fail(OWNER, ATTACKER).isEmpty()) {
        checked++;
      }
      clock.advance(Duration.ofMinutes(1));
    }
    // Twenty at once or spread out, plus what the daily bucket refills over the day.
    assertTrue(checked <= 41, "checked " + checked);
    assertTrue(checked >= 20, "checked " + checked);
  }

  @Test
  void aRightPasswordStartsThePairAfreshAndGivesTheClientItsAttemptBack() {
    for (int i = 0; i < 4; i++) {
      fail(OWNER, OWNER_LAPTOP);
    }
    long before = client(OWNER_LAPTOP).getAvailableTokens();
    assertEquals(Optional.empty(), succeed(OWNER, OWNER_LAPTOP));
    assertEquals(before, client(OWNER_LAPTOP).getAvailableTokens(), "the success is not counted");
    for (int i = 0; i < 5; i++) {
      assertEquals(Optional.empty(), fail(OWNER, OWNER_LAPTOP), "five tries again");
    }
  }

  @Test
  void oneClientAddressTriesSixtyAccountsAnHourThenWaits() {
    int admitted = 0;
    for (int i = 0; i < 100; i++) {
      if (fail("person" + i + "@example.org", ATTACKER).isEmpty()) {
        admitted++;
      }
    }
    assertEquals(60, admitted);
    Optional<Duration> wait = fail("another@example.org", ATTACKER);
    assertEquals(Duration.ofMinutes(1), wait.orElseThrow(), "one more a minute");
  }

  @Test
  void aPairThatRefusesDoesNotCostTheClientAddressAnAttempt() {
    for (int i = 0; i < 5; i++) {
      fail(OWNER, ATTACKER);
    }
    long left = client(ATTACKER).getAvailableTokens();
    assertTrue(fail(OWNER, ATTACKER).isPresent());
    assertEquals(left, client(ATTACKER).getAvailableTokens());
  }

  @Test
  void inputThatIsNoAddressIsCountedForTheClientOnly() {
    assertEquals(Optional.empty(), SignInGate.admit(client(ATTACKER), null));
    assertEquals(59, client(ATTACKER).getAvailableTokens());
  }

  @Test
  void theWaitIsAtLeastASecond() {
    Bucket tiny = clock.bucket(Limit.of("t", Rate.smooth(1, Duration.ofMillis(10))));
    tiny.tryConsume(1);
    assertEquals(Duration.ofSeconds(1), SignInGate.admit(tiny, null).orElseThrow());
  }
}
