package org.colloquium.kernel.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.colloquium.kernel.mail.api.MailState;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  /** The claim token of the latest claim in a test. */
  private String token;

  private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final RetryPolicy RETRY = RetryPolicy.standard(Duration.ofMinutes(1));

  private static OutboxMessage message() {
    return new OutboxMessage(
        "confirm-email",
        "ana@unibuc.ro",
        "Ana Popescu",
        "Confirm your email address",
        "Dear Ana, …",
        "colloquium.example",
        T0);
  }

  @Test
  void newMessageIsPendingAndDueAtOnce() {
    OutboxMessage m = message();
    assertEquals(MailState.PENDING, m.state());
    assertEquals(0, m.attempts());
    assertEquals(T0, m.createdAt());
    assertTrue(m.isDue(T0));
    assertFalse(m.isDue(T0.minusMillis(1)));
  }

  @Test
  void claimedMessageIsSendingAndNotDueWhileTheLeaseRuns() {
    OutboxMessage m = message();
    token = m.claim(T0, LEASE);
    assertEquals(MailState.SENDING, m.state());
    assertFalse(m.isDue(T0));
    assertFalse(m.isDue(T0.plus(LEASE)));
  }

  @Test
  void claimedMessageIsDueAgainOnceTheLeaseExpires() {
    OutboxMessage m = message();
    token = m.claim(T0, LEASE);
    Instant later = T0.plus(LEASE).plusMillis(1);
    assertTrue(m.isDue(later));
    token = m.claim(later, LEASE); // another sender takes it over
    assertEquals(MailState.SENDING, m.state());
  }

  @Test
  void messageThatIsNotDueCannotBeClaimed() {
    OutboxMessage m = message();
    token = m.claim(T0, LEASE);
    assertThrows(IllegalStateException.class, () -> m.claim(T0.plusSeconds(1), LEASE));
  }

  @Test
  void deliveredMessageIsSentOnce() {
    OutboxMessage m = message();
    token = m.claim(T0, LEASE);
    Instant sent = T0.plusSeconds(2);
    m.delivered(token, sent);
    assertEquals(MailState.SENT, m.state());
    assertEquals(sent, m.sentAt());
    assertEquals(1, m.attempts());
    assertNull(m.lastError());
    assertFalse(m.isDue(sent.plus(Duration.ofDays(1))));
  }

  @Test
  void failedAttemptSchedulesARetryAndKeepsTheError() {
    OutboxMessage m = message();
    token = m.claim(T0, LEASE);
    Instant failed = T0.plusSeconds(5);
    m.attemptFailed(token, "421 Service not available", failed, RETRY);
    assertEquals(MailState.PENDING, m.state());
    assertEquals(1, m.attempts());
    assertEquals("421 Service not available", m.lastError());
    assertEquals(failed.plus(Duration.ofMinutes(1)), m.nextAttemptAt());
    assertFalse(m.isDue(failed.plusSeconds(59)));
    assertTrue(m.isDue(failed.plusSeconds(60)));
  }

  @Test
  void secondFailureWaitsTwiceAsLong() {
    OutboxMessage m = message();
    token = m.claim(T0, LEASE);
    m.attemptFailed(token, "timeout", T0, RETRY);
    Instant retry = m.nextAttemptAt();
    token = m.claim(retry, LEASE);
    m.attemptFailed(token, "timeout", retry, RETRY);
    assertEquals(2, m.attempts());
    assertEquals(retry.plus(Duration.ofMinutes(2)), m.nextAttemptAt());
  }

  @Test
  void longErrorIsTruncatedTo2000Characters() {
    OutboxMessage m = message();
    token = m.claim(T0, LEASE);
    m.attemptFailed(token, "x".repeat(5000), T0, RETRY);
    assertEquals(2000, m.lastError().length());
    assertTrue(m.lastError().startsWith("xxxx"));
    assertTrue(m.lastError().endsWith("…"));
  }

  @Test
  void errorOfExactly2000CharactersIsKeptWhole() {
    OutboxMessage m = message();
    token = m.claim(T0, LEASE);
    String error = "y".repeat(2000);
    m.attemptFailed(token, error, T0, RETRY);
    assertEquals(error, m.lastError());
  }

  @Test
  void failsAfterADayOfFailedAttempts() {
    OutboxMessage m = message();
    Instant now = T0;
    int rounds = 0;
    while (m.state() != MailState.FAILED) {
      assertTrue(++rounds < 100, "never gave up");
      now = m.nextAttemptAt();
      token = m.claim(now, LEASE);
      m.attemptFailed(token, "connection refused", now.plusSeconds(1), RETRY);
    }
    assertTrue(!now.plusSeconds(1).isBefore(T0.plus(Duration.ofHours(24))));
    assertTrue(now.isBefore(T0.plus(Duration.ofHours(26))), "retried past a day: " + now);
    assertFalse(m.isDue(now.plus(Duration.ofDays(7))));
    assertEquals("connection refused", m.lastError());
  }

  @Test
  void heldMessageWaitsForAnAdministrator() {
    OutboxMessage m = message();
    token = m.claim(T0, LEASE);
    m.hold(token, "No SMTP server configured");
    assertEquals(MailState.HELD, m.state());
    assertEquals("No SMTP server configured", m.lastError());
    assertFalse(m.isDue(T0.plus(Duration.ofDays(30))));
  }

  @Test
  void resendingAHeldMessageMakesItDueNow() {
    OutboxMessage m = message();
    token = m.claim(T0, LEASE);
    m.hold(token, "No SMTP server configured");
    Instant now = T0.plus(Duration.ofDays(3));
    m.resend(now);
    assertEquals(MailState.PENDING, m.state());
    assertEquals(now, m.nextAttemptAt());
    assertTrue(m.isDue(now));
  }

  @Test
  void resendingAFailedMessageRestartsTheRetryWindow() {
    OutboxMessage m = message();
    token = m.claim(T0, LEASE);
    m.attemptFailed(token, "connection refused", T0.plus(Duration.ofHours(25)), RETRY);
    assertEquals(MailState.FAILED, m.state());

    Instant resent = T0.plus(Duration.ofDays(2));
    m.resend(resent);
    assertEquals(MailState.PENDING, m.state());
    assertTrue(m.isDue(resent));
    token = m.claim(resent, LEASE);
    // Within a day of the resend, a failure is retried again rather than failing for good.
    m.attemptFailed(token, "connection refused", resent.plus(Duration.ofHours(1)), RETRY);
    assertEquals(MailState.PENDING, m.state());
  }

  @Test
  void sentMessageCannotBeResent() {
    OutboxMessage m = message();
    token = m.claim(T0, LEASE);
    m.delivered(token, T0);
    assertThrows(IllegalStateException.class, () -> m.resend(T0.plusSeconds(60)));
    assertEquals(MailState.SENT, m.state());
  }

  @Test
  void messageBeingSentCannotBeResent() {
    OutboxMessage m = message();
    token = m.claim(T0, LEASE);
    assertThrows(IllegalStateException.class, () -> m.resend(T0.plusSeconds(1)));
  }

  @Test
  void messageIdIsStableUniqueAndInAngleBrackets() {
    OutboxMessage m = message();
    String id = m.messageId();
    assertTrue(id.matches("<[0-9a-f-]{36}@colloquium\\.example>"), id);
    token = m.claim(T0, LEASE);
    m.attemptFailed(token, "timeout", T0, RETRY);
    token = m.claim(m.nextAttemptAt(), LEASE);
    assertEquals(id, m.messageId());
    assertNotEquals(id, message().messageId());
  }

  @Test
  void keepsWhatWillBeSent() {
    OutboxMessage m = message();
    assertEquals("confirm-email", m.template());
    assertEquals("ana@unibuc.ro", m.recipientEmail());
    assertEquals("Ana Popescu", m.recipientName());
    assertEquals("Confirm your email address", m.subject());
    assertEquals("Dear Ana, …", m.body());
  }

  @Test
  void aSenderThatLostItsClaimCannotRecordAnOutcome() {
    OutboxMessage m = message();
    String first = m.claim(T0, LEASE);
    Instant later = T0.plus(LEASE).plusSeconds(1);
    String second = m.claim(later, LEASE); // the first sender's lease ran out; another took over
    assertNotEquals(first, second);

    m.delivered(first, later);
    assertEquals(MailState.SENDING, m.state(), "the first sender's late report is ignored");
    m.attemptFailed(first, "timeout", later, RETRY);
    assertEquals(MailState.SENDING, m.state());
    m.delivered(second, later);
    assertEquals(MailState.SENT, m.state());
    assertEquals(1, m.attempts());
  }

  @Test
  void aClaimIsRenewedBeforeEachSendAndOnlyByItsHolder() {
    OutboxMessage m = message();
    String mine = m.claim(T0, LEASE);
    Instant nearlyOver = T0.plus(LEASE).minusSeconds(1);
    assertTrue(m.renewClaim(mine, nearlyOver, LEASE));
    assertFalse(
        m.isDue(T0.plus(LEASE).plusSeconds(1)), "renewed: not due when the first lease ends");
    assertFalse(m.renewClaim("someone else", nearlyOver, LEASE));
    assertFalse(
        m.renewClaim(mine, nearlyOver.plus(LEASE).plusSeconds(2), LEASE),
        "once the lease has run out the claim is gone");
  }

  @Test
  void aSentMailStaysSentWhateverIsReportedLater() {
    OutboxMessage m = message();
    String mine = m.claim(T0, LEASE);
    m.delivered(mine, T0);
    m.attemptFailed(mine, "late error", T0.plusSeconds(1), RETRY);
    m.hold(mine, "late hold");
    assertEquals(MailState.SENT, m.state());
    assertNull(m.lastError());
  }
}
