package org.colloquium.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationAnswers;
import org.colloquium.registration.api.RegistrationState;
import org.junit.jupiter.api.Test;

class RegistrationTest {

  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  private static Registration registration() {
    return new Registration(
        7L,
        3L,
        "ana@uaic.example",
        new RegistrationAnswers(
            ParticipationMode.IN_PERSON, "Ana Țurcanu", "UAIC", null, null, null, true),
        Language.RO,
        NOW);
  }

  @Test
  void aWaitingRegistrationIsOfferedThenConfirmed() {
    Registration r = registration();
    assertNull(r.waitlist(NOW, NOW), "a new one comes from nowhere");
    assertEquals(NOW, r.queuedAt());
    Instant until = NOW.plus(Duration.ofHours(48));
    assertEquals(RegistrationState.WAITLISTED, r.offer(until, NOW));
    assertEquals(until, r.offerExpiresAt());
    assertFalse(r.offerExpired(until.minusSeconds(1)));
    assertTrue(r.offerExpired(until), "expired at the moment itself");
    assertEquals(RegistrationState.OFFERED, r.confirm(NOW));
    assertNull(r.offerExpiresAt(), "an accepted offer no longer expires");
    assertFalse(r.offerExpired(until.plusSeconds(3600)));
  }

  @Test
  void endedRegistrationsAreFinal() {
    Registration r = registration();
    r.confirm(NOW);
    assertEquals(RegistrationState.CONFIRMED, r.cancel("changed plans", NOW));
    assertEquals("changed plans", r.reason());
    for (RegistrationState to : RegistrationState.values()) {
      assertThrows(IllegalStateException.class, () -> move(r, to), to.name());
    }
    assertThrows(
        IllegalStateException.class, () -> r.moveTo(ParticipationMode.ONLINE, NOW), "mode kept");
  }

  @Test
  void aConfirmedPlaceIsNeverWaitlistedOrRejected() {
    Registration r = registration();
    r.confirm(NOW);
    assertThrows(IllegalStateException.class, () -> r.waitlist(NOW, NOW));
    assertThrows(IllegalStateException.class, () -> r.reject("no", NOW));
    assertThrows(IllegalStateException.class, () -> r.offer(NOW, NOW));
  }

  @Test
  void aPendingOneMayBeApprovedIntoEitherStateOrRejected() {
    for (RegistrationState to :
        new RegistrationState[] {
          RegistrationState.CONFIRMED, RegistrationState.WAITLISTED, RegistrationState.REJECTED
        }) {
      Registration r = registration();
      r.awaitApproval(NOW);
      move(r, to);
      assertEquals(to, r.state());
    }
    Registration r = registration();
    r.awaitApproval(NOW);
    assertThrows(IllegalStateException.class, () -> r.offer(NOW, NOW), "no offer before approval");
  }

  @Test
  void answersKeepTheModeWhichOnlyMoveToChanges() {
    Registration r = registration();
    r.confirm(NOW);
    r.answer(
        new RegistrationAnswers(
            ParticipationMode.ONLINE, "Ana Țurcanu-Pop", null, null, "vegan", null, false));
    assertEquals(ParticipationMode.IN_PERSON, r.mode(), "places decide a mode, not a form");
    assertEquals("Ana Țurcanu-Pop", r.fullName());
    r.moveTo(ParticipationMode.ONLINE, NOW);
    assertEquals(ParticipationMode.ONLINE, r.answers().mode());
    assertEquals(Language.RO, r.language());
  }

  private static void move(Registration r, RegistrationState to) {
    switch (to) {
      case PENDING -> r.awaitApproval(NOW);
      case CONFIRMED -> r.confirm(NOW);
      case WAITLISTED -> r.waitlist(NOW, NOW);
      case OFFERED -> r.offer(NOW.plusSeconds(60), NOW);
      case CANCELLED -> r.cancel(null, NOW);
      case REJECTED -> r.reject(null, NOW);
    }
  }

  @Test
  void anonymisingForgetsThePersonAndKeepsTheCount() {
    Registration r = registration();
    r.confirm(NOW);
    String join = r.joinToken();
    r.anonymise(NOW.plusSeconds(60));
    assertTrue(r.anonymised());
    assertEquals(RegistrationState.CONFIRMED, r.state(), "the counts stay true");
    assertEquals("—", r.fullName());
    assertFalse(r.email().contains("uaic"), r.email());
    assertNull(r.accountId());
    assertNull(r.answers().affiliation());
    assertFalse(r.answers().listed());
    assertNull(r.joinToken(), "the links stop working: " + join);
    assertNull(r.manageToken());
  }

  @Test
  void ticketsAreForConfirmedInPersonOnlyAndJoinLinksForConfirmedOnline() {
    Registration r = registration();
    r.waitlist(NOW, NOW);
    assertFalse(r.hasTicket());
    r.confirm(NOW);
    assertTrue(r.hasTicket());
    assertFalse(r.admitsOnline());
    r.moveTo(ParticipationMode.ONLINE, NOW);
    assertFalse(r.hasTicket());
    assertTrue(r.admitsOnline());
    r.cancel(null, NOW);
    assertFalse(r.admitsOnline());
  }
}
