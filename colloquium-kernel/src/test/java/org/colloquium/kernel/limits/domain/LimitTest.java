package org.colloquium.kernel.limits.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.time.Instant;
import org.colloquium.kernel.limits.api.ClientAddress;
import org.colloquium.kernel.limits.api.ClientForm;
import org.colloquium.kernel.limits.api.LimitSettings;
import org.colloquium.kernel.limits.api.MailKind;
import org.junit.jupiter.api.Test;

class LimitTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-05-04T10:00:00Z"));

  @Test
  void theKeyNamesTheLimitItsRatesAndTheSubject() {
    Limit limit = new Limits(LimitSettings.DEFAULTS).signInPerClient();
    assertEquals("sign-in.client[60/PT1H]:192.0.2.7", limit.key("192.0.2.7"));
    assertTrue(limit.key("x").startsWith(limit.keyPrefix()));
  }

  @Test
  void aChangedSettingGivesNewKeys() {
    Limit before = new Limits(LimitSettings.DEFAULTS).formPerClient(ClientForm.SIGN_UP);
    Limit after =
        new Limits(new LimitSettings(60, 40, 60, 100, 5, 200, 3)).formPerClient(ClientForm.SIGN_UP);
    assertNotEquals(before.key("192.0.2.7"), after.key("192.0.2.7"));
  }

  @Test
  void theLongestKeyFitsTheColumn() {
    String longestAddress = "a".repeat(64) + "@" + "b".repeat(189);
    String key =
        Limits.SIGN_IN_PER_ACCOUNT_AND_CLIENT.key(
            SignInGate.subject(longestAddress, ClientAddress.of("2001:db8:85a3:7:1:2:3:4")));
    assertTrue(key.length() <= 400, key.length() + " characters");
  }

  @Test
  void aQuotaRefillsAllAtOnceWhenThePeriodHasPassed() {
    Bucket links = clock.bucket(Limits.LINK_MAILS_TO_ADDRESS);
    for (int i = 0; i < 3; i++) {
      assertTrue(links.tryConsume(1));
    }
    clock.advance(Duration.ofMinutes(14));
    assertFalse(links.tryConsume(1), "three link mails a quarter of an hour");
    clock.advance(Duration.ofMinutes(1));
    assertEquals(3, links.getAvailableTokens());
  }

  @Test
  void aSmoothRateRefillsOneAtATime() {
    Bucket forms =
        clock.bucket(new Limits(LimitSettings.DEFAULTS).formPerClient(ClientForm.SIGN_UP));
    for (int i = 0; i < 20; i++) {
      assertTrue(forms.tryConsume(1), "twenty sign-ups at once from one address");
    }
    assertFalse(forms.tryConsume(1));
    clock.advance(Duration.ofMinutes(3));
    assertTrue(forms.tryConsume(1), "then one every three minutes");
    assertFalse(forms.tryConsume(1));
  }

  @Test
  void everyFormHasItsOwnBucket() {
    Limits limits = new Limits(LimitSettings.DEFAULTS);
    assertNotEquals(
        limits.formPerClient(ClientForm.SIGN_UP).key("a"),
        limits.formPerClient(ClientForm.PASSWORD_RESET).key("a"));
    assertNotEquals(
        limits.formPerClient(ClientForm.PASSWORD_RESET).key("a"),
        limits.formPerClient(ClientForm.CONFIRMATION_RESEND).key("a"));
  }

  @Test
  void nonsenseIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Rate.smooth(0, Duration.ofHours(1)));
    assertThrows(IllegalArgumentException.class, () -> Rate.quota(1, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new Limit("empty", java.util.List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> new LimitSettings(0, 20, 60, 100, 5, 200, 3));
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    LimitSettings d = LimitSettings.DEFAULTS;
    assertEquals(60, d.signInFailuresPerAddress());
    assertEquals(20, d.formsPerAddress());
    assertEquals(60, d.apiFailuresPerAddress());
    assertEquals(100, d.mailsPerSender(MailKind.CO_AUTHOR_NOTICE));
    assertEquals(5, d.mailsPerRecipient(MailKind.CO_AUTHOR_NOTICE));
    assertEquals(200, d.mailsPerSender(MailKind.COMMITTEE_INVITATION));
    assertEquals(3, d.mailsPerRecipient(MailKind.COMMITTEE_INVITATION));
  }
}
