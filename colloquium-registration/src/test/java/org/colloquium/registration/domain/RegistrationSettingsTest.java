package org.colloquium.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.colloquium.registration.api.Moderation;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationWindow;
import org.junit.jupiter.api.Test;

class RegistrationSettingsTest {

  private static final Instant OPENS = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant CLOSES = Instant.parse("2027-01-31T22:00:00Z");

  private static RegistrationSettings settings(Moderation moderation, Instant changesUntil) {
    RegistrationSettings s = new RegistrationSettings(7L);
    s.change(OPENS, CLOSES, moderation, 48, changesUntil);
    return s;
  }

  @Test
  void theWindowOpensAtItsMomentAndClosesAtItsOwn() {
    RegistrationSettings s = settings(Moderation.NONE, null);
    assertEquals(RegistrationWindow.NOT_YET, s.window(OPENS.minusMillis(1)));
    assertEquals(RegistrationWindow.OPEN, s.window(OPENS));
    assertEquals(RegistrationWindow.OPEN, s.window(CLOSES.minusMillis(1)));
    assertEquals(RegistrationWindow.CLOSED, s.window(CLOSES));
  }

  @Test
  void changesStopAtTheFreezeOrElseAtTheClose() {
    assertTrue(settings(Moderation.NONE, null).changesAllowed(CLOSES.minusSeconds(1)));
    assertFalse(settings(Moderation.NONE, null).changesAllowed(CLOSES));
    Instant freeze = Instant.parse("2027-01-15T22:00:00Z");
    assertFalse(settings(Moderation.NONE, freeze).changesAllowed(freeze));
  }

  @Test
  void moderationAppliesToTheModesItNames() {
    assertFalse(settings(Moderation.NONE, null).approvalNeeded(ParticipationMode.IN_PERSON));
    assertTrue(settings(Moderation.ALL, null).approvalNeeded(ParticipationMode.ONLINE));
    assertTrue(settings(Moderation.IN_PERSON, null).approvalNeeded(ParticipationMode.IN_PERSON));
    assertFalse(settings(Moderation.IN_PERSON, null).approvalNeeded(ParticipationMode.ONLINE));
  }

  @Test
  void anOfferLastsItsHoursButNotPastTheEventsStartAndAtLeastAnHour() {
    RegistrationSettings s = settings(Moderation.NONE, null);
    Instant now = Instant.parse("2027-01-10T10:00:00Z");
    assertEquals(now.plus(Duration.ofHours(48)), s.offerExpiry(now, now.plus(Duration.ofDays(30))));
    Instant start = now.plus(Duration.ofHours(5));
    assertEquals(start, s.offerExpiry(now, start), "the event starting sooner cuts it");
    assertEquals(
        now.plus(Duration.ofHours(1)),
        s.offerExpiry(now, now.plusSeconds(600)),
        "a last-minute place still gets an hour");
  }
}
