package org.colloquium.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.InvitationStatus;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.secrets.HashedSecret;
import org.junit.jupiter.api.Test;

class InvitationTest {

  private static final Instant SENT = Instant.parse("2026-03-20T10:00:00Z");
  private static final Long ORGANISER = 7L;
  private static final Long INVITEE = 42L;

  private static Invitation.Issued issue() {
    return Invitation.issue(
        1L,
        new EmailAddress("reviewer@uni.example"),
        EventRole.REVIEWER,
        ORGANISER,
        "  Would you review?  ",
        SENT);
  }

  @Test
  void onlyTheHashOfTheSecretIsKept() {
    Invitation.Issued issued = issue();
    assertEquals(43, issued.secret().length(), "32 random bytes, base64url without padding");
    assertEquals(64, issued.invitation().tokenHash().length());
    assertNotEquals(issued.secret(), issued.invitation().tokenHash());
    assertEquals(HashedSecret.hashOf(issued.secret()), issued.invitation().tokenHash());
    assertNotEquals(issue().secret(), issued.secret(), "every invitation gets its own secret");
  }

  @Test
  void aWithheldMailKeepsTheLinkSentBeforeAndSendingAgainClearsIt() {
    Invitation.Issued issued = issue();
    Invitation invitation = issued.invitation();
    assertFalse(invitation.isMailWithheld());
    String hashBefore = invitation.tokenHash();
    invitation.mailWithheld(SENT.plusSeconds(60));
    assertTrue(invitation.isMailWithheld());
    assertEquals(hashBefore, invitation.tokenHash(), "the link mailed before still works");
    invitation.renew(SENT.plusSeconds(3600));
    assertFalse(invitation.isMailWithheld(), "mailed again");
  }

  @Test
  void aClosedInvitationIsNotWithheld() {
    Invitation invitation = issue().invitation();
    invitation.revoke(SENT.plusSeconds(1));
    assertThrows(IllegalStateException.class, () -> invitation.mailWithheld(SENT.plusSeconds(2)));
  }

  @Test
  void theHashIsSha256InHex() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        HashedSecret.hashOf("abc"));
  }

  @Test
  void aNewInvitationIsPendingForFourteenDays() {
    Invitation invitation = issue().invitation();
    assertEquals(SENT.plus(Duration.ofDays(14)), invitation.expiresAt());
    assertEquals(InvitationStatus.PENDING, invitation.status(SENT));
    assertEquals(
        InvitationStatus.PENDING, invitation.status(SENT.plus(Duration.ofDays(14)).minusMillis(1)));
    assertEquals("Would you review?", invitation.message());
  }

  @Test
  void itExpiresAtTheMomentItsTimeRunsOutWithoutAnyoneWriting() {
    Invitation invitation = issue().invitation();
    Instant end = SENT.plus(Invitation.VALIDITY);
    assertEquals(InvitationStatus.EXPIRED, invitation.status(end));
    assertEquals(Optional.of(InvitationStatus.EXPIRED), invitation.refusalFor(INVITEE, end));
    assertThrows(IllegalStateException.class, () -> invitation.accept(INVITEE, end));
    assertTrue(InvitationStatus.EXPIRED.isOpen(), "an expired invitation can still be resent");
  }

  @Test
  void acceptingRecordsWhoAndWhenAndIsIdempotentForTheSameAccount() {
    Invitation invitation = issue().invitation();
    Instant later = SENT.plus(Duration.ofDays(1));
    assertTrue(invitation.accept(INVITEE, later));
    assertEquals(InvitationStatus.ACCEPTED, invitation.status(later));
    assertEquals(INVITEE, invitation.acceptedBy());
    assertEquals(later, invitation.acceptedAt());

    assertEquals(Optional.empty(), invitation.refusalFor(INVITEE, later.plusSeconds(5)));
    assertFalse(
        invitation.accept(INVITEE, later.plusSeconds(5)), "a second accept changes nothing");
    assertEquals(later, invitation.acceptedAt());
    // Even after the link would have expired, the same person following it again is not refused.
    assertEquals(Optional.empty(), invitation.refusalFor(INVITEE, SENT.plus(Duration.ofDays(30))));
  }

  @Test
  void anAcceptedInvitationCannotBeUsedBySomeoneElse() {
    Invitation invitation = issue().invitation();
    invitation.accept(INVITEE, SENT.plusSeconds(60));
    assertEquals(
        Optional.of(InvitationStatus.ACCEPTED), invitation.refusalFor(99L, SENT.plusSeconds(61)));
    assertThrows(IllegalStateException.class, () -> invitation.accept(99L, SENT.plusSeconds(61)));
    assertEquals(INVITEE, invitation.acceptedBy());
  }

  @Test
  void aRevokedInvitationIsRefusedAndCannotBeRevivedOrRevokedAgain() {
    Invitation invitation = issue().invitation();
    invitation.revoke(SENT.plusSeconds(60));
    assertEquals(InvitationStatus.REVOKED, invitation.status(SENT.plusSeconds(61)));
    assertEquals(
        Optional.of(InvitationStatus.REVOKED),
        invitation.refusalFor(INVITEE, SENT.plusSeconds(61)));
    assertThrows(IllegalStateException.class, () -> invitation.renew(SENT.plusSeconds(62)));
    assertThrows(IllegalStateException.class, () -> invitation.revoke(SENT.plusSeconds(62)));
    assertFalse(InvitationStatus.REVOKED.isOpen());
  }

  @Test
  void anAcceptedInvitationCannotBeRevoked() {
    Invitation invitation = issue().invitation();
    invitation.accept(INVITEE, SENT.plusSeconds(60));
    assertThrows(IllegalStateException.class, () -> invitation.revoke(SENT.plusSeconds(61)));
    assertFalse(InvitationStatus.ACCEPTED.isOpen());
  }

  @Test
  void resendingReplacesTheSecretAndRestartsTheFourteenDays() {
    Invitation.Issued issued = issue();
    Invitation invitation = issued.invitation();
    Instant expired = SENT.plus(Duration.ofDays(20));
    assertEquals(InvitationStatus.EXPIRED, invitation.status(expired));

    String newSecret = invitation.renew(expired);

    assertNotEquals(issued.secret(), newSecret);
    assertEquals(HashedSecret.hashOf(newSecret), invitation.tokenHash());
    assertNotEquals(
        HashedSecret.hashOf(issued.secret()), invitation.tokenHash(), "old link is dead");
    assertEquals(InvitationStatus.PENDING, invitation.status(expired));
    assertEquals(expired.plus(Duration.ofDays(14)), invitation.expiresAt());
    assertEquals(expired, invitation.sentAt());
    assertEquals(SENT, invitation.createdAt());
  }

  @Test
  void reinvitingTakesTheNewSenderAndMessage() {
    Invitation invitation = issue().invitation();
    invitation.renew(8L, "   ", SENT.plusSeconds(60));
    assertEquals(8L, invitation.invitedBy());
    assertNull(invitation.message(), "a blank message is no message");
  }

  @Test
  void aMessageHasALimit() {
    String tooLong = "x".repeat(Invitation.MESSAGE_MAX_LENGTH + 1);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Invitation.issue(
                1L, new EmailAddress("a@b.example"), EventRole.ORGANISER, 1L, tooLong, SENT));
    Invitation ok =
        Invitation.issue(
                1L,
                new EmailAddress("a@b.example"),
                EventRole.ORGANISER,
                1L,
                "ă".repeat(Invitation.MESSAGE_MAX_LENGTH),
                SENT)
            .invitation();
    assertEquals(Invitation.MESSAGE_MAX_LENGTH, ok.message().length());
  }

  @Test
  void expiryAcrossTheNightTheClocksChangeIsExactlyFourteenTimesTwentyFourHours() {
    // Sent just before Bucharest springs forward (29 March 2026, 03:00 → 04:00): validity is a
    // duration, not "same wall-clock time in 14 days", so nobody gets an hour less or more.
    Instant beforeChange = Instant.parse("2026-03-28T23:30:00Z");
    Invitation invitation =
        Invitation.issue(
                1L, new EmailAddress("a@b.example"), EventRole.REVIEWER, 1L, null, beforeChange)
            .invitation();
    assertEquals(Duration.ofHours(14 * 24), Duration.between(beforeChange, invitation.expiresAt()));
  }
}
