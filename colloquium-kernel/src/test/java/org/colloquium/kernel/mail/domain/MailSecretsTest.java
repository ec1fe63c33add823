package org.colloquium.kernel.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailSecretsTest {

  private static final String BODY =
      "Dear Ana,\n\nhttps://colloquium.example/confirm-email?token=Abc-123_xyz&next=%2Fevents\n\n"
          + "or https://colloquium.example/reset-password?token=R3set%2Btoken\n\n"
          + "Sign in: https://colloquium.example/sign-in\n";

  @Test
  void theStoredTextHoldsNoSecretAndSendingPutsThemBack() {
    MailSecrets.Sealed sealed = MailSecrets.seal(BODY);
    assertFalse(sealed.text().contains("Abc-123_xyz"), sealed.text());
    assertFalse(sealed.text().contains("R3set%2Btoken"), sealed.text());
    assertTrue(sealed.text().contains("&next=%2Fevents"), "the rest of the link stays");
    assertTrue(sealed.text().contains("https://colloquium.example/sign-in\n"));
    assertEquals(2, sealed.secrets().size());
    assertTrue(sealed.text().matches("(?s).*confirm-email\\?token=clq-secret-[0-9a-f]{32}&next.*"));
    assertEquals(BODY, MailSecrets.unseal(sealed.text(), sealed.stored()));
  }

  @Test
  void placeholdersAreNewForEveryMail() {
    assertNotEquals(MailSecrets.seal(BODY).text(), MailSecrets.seal(BODY).text());
  }

  @Test
  void aTextWithoutLinksIsLeftAloneAndStoresNothing() {
    String plain = "Your password was changed. https://colloquium.example/forgot-password\n";
    MailSecrets.Sealed sealed = MailSecrets.seal(plain);
    assertEquals(plain, sealed.text());
    assertNull(sealed.stored());
    assertEquals(plain, MailSecrets.unseal(plain, null));
  }

  @Test
  void withoutItsSecretsAPlaceholderStaysADeadLink() {
    MailSecrets.Sealed sealed = MailSecrets.seal(BODY);
    assertEquals(sealed.text(), MailSecrets.unseal(sealed.text(), null));
  }

  @Test
  void userTextThatLooksLikeAPlaceholderGetsNoSecret() {
    String invitation =
        "Message from the organiser: clq-secret-00000000000000000000000000000000\n"
            + "https://colloquium.example/invitation?token=Inv1te";
    MailSecrets.Sealed sealed = MailSecrets.seal(invitation);
    String sent = MailSecrets.unseal(sealed.text(), sealed.stored());
    assertEquals(invitation, sent);
  }

  @Test
  void maskingShowsThatALinkWasSentButNotTheLink() {
    String masked = MailSecrets.mask(BODY);
    assertTrue(masked.contains("confirm-email?token=…&next=%2Fevents"), masked);
    assertTrue(masked.contains("reset-password?token=…\n"), masked);
    String sealedMasked = MailSecrets.mask(MailSecrets.seal(BODY).text());
    assertEquals(masked, sealedMasked, "placeholders are masked the same way");
  }

  @Test
  void anOutboxRowKeepsItsSecretsApartUntilSent() {
    Instant t0 = Instant.parse("2026-02-01T09:00:00Z");
    OutboxMessage m =
        new OutboxMessage(
            "reset-password",
            "ana@unibuc.ro",
            "Ana",
            "Choose a new password",
            BODY,
            "colloquium.example",
            t0);
    assertFalse(m.body().contains("Abc-123_xyz"), "not in the stored text");
    assertTrue(m.hasSecrets());
    assertEquals(BODY, m.bodyToSend());
    String token = m.claim(t0, Duration.ofMinutes(2));
    m.delivered(token, t0.plusSeconds(1));
    assertFalse(m.hasSecrets(), "sent: the secrets are dropped");
    assertFalse(m.bodyToSend().contains("Abc-123_xyz"));
    assertTrue(m.bodyPurgedAt().isEmpty());
  }

  @Test
  void aHeldOrFailedMailKeepsItsSecretsForSendingAgain() {
    Instant t0 = Instant.parse("2026-02-01T09:00:00Z");
    OutboxMessage m =
        new OutboxMessage(
            "confirm-email", "ana@unibuc.ro", "Ana", "Confirm", BODY, "colloquium.example", t0);
    m.hold(m.claim(t0, Duration.ofMinutes(2)), "no SMTP");
    assertTrue(m.hasSecrets());
    m.resend(t0.plusSeconds(60));
    assertEquals(BODY, m.bodyToSend());
  }
}
