package org.colloquium.registration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationAnswers;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.print.BadgeRole;
import org.junit.jupiter.api.Test;

class BadgeRoleTest {

  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  private static Registration person(Long accountId, String email) {
    return new Registration(
        7L,
        accountId,
        email,
        new RegistrationAnswers(
            ParticipationMode.IN_PERSON, "Ana Țurcanu", null, null, null, null, false),
        Language.RO,
        NOW);
  }

  @Test
  void aBadgeSaysSpeakerThenChairThenOrganiserThenParticipant() {
    Set<Long> organisers = Set.of(5L);
    Set<String> chairs = Set.of("chair@uaic.example");
    Registration speaker = person(5L, "chair@uaic.example");
    speaker.speak(List.of("Talk"), NOW);
    assertEquals(BadgeRole.SPEAKER, DefaultBadges.role(speaker, organisers, chairs));
    assertEquals(
        BadgeRole.CHAIR,
        DefaultBadges.role(person(5L, "Chair@UAIC.example"), organisers, chairs),
        "a chair's address in any case");
    assertEquals(
        BadgeRole.ORGANISER, DefaultBadges.role(person(5L, "o@uaic.example"), organisers, chairs));
    assertEquals(
        BadgeRole.PARTICIPANT,
        DefaultBadges.role(person(null, "p@uaic.example"), organisers, chairs));
  }
}
