package org.colloquium.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.AcademicStatus;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationAnswers;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

  private static final List<ParticipationMode> HYBRID =
      List.of(ParticipationMode.IN_PERSON, ParticipationMode.ONLINE);

  private static List<String> fields(ValidationException e) {
    return e.problems().stream().map(Problem::field).toList();
  }

  @Test
  void answersAreStrippedAndBlankOnesDropped() {
    RegistrationAnswers a =
        RegistrationRules.answers(
            new RegistrationAnswers(
                ParticipationMode.ONLINE,
                "  Олена Шевчук ",
                " ",
                AcademicStatus.PHD,
                "\tvegan\n",
                "",
                true),
            HYBRID);
    assertEquals("Олена Шевчук", a.fullName());
    assertNull(a.affiliation());
    assertEquals("vegan", a.dietaryNeeds());
    assertNull(a.accessibilityNeeds());
  }

  @Test
  void everyProblemIsReportedAtOnceByField() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                RegistrationRules.answers(
                    new RegistrationAnswers(
                        ParticipationMode.IN_PERSON,
                        " ",
                        "x".repeat(301),
                        null,
                        "y".repeat(501),
                        "z".repeat(501),
                        false),
                    List.of(ParticipationMode.ONLINE)));
    assertEquals(
        List.of("fullName", "affiliation", "dietaryNeeds", "accessibilityNeeds", "mode"),
        fields(e));
  }

  @Test
  void aMissingModeIsAProblemOfItsOwn() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                RegistrationRules.answers(
                    new RegistrationAnswers(null, "Ion Pop", null, null, null, null, false),
                    HYBRID));
    assertEquals(List.of("mode"), fields(e));
  }

  @Test
  void settingsNeedAWindowAModeAndSensibleNumbers() {
    Instant opens = Instant.parse("2026-12-01T08:00:00Z");
    assertTrue(
        RegistrationRules.setup(opens, opens.plusSeconds(3600), null, true, 100, false, null, 48)
            .isEmpty());
    List<String> wrong =
        RegistrationRules.setup(opens, opens, opens, false, -1, false, 2_000_000, 0).stream()
            .map(Problem::field)
            .toList();
    assertEquals(
        List.of(
            "closesAt",
            "changesUntil",
            "inPerson",
            "inPersonCapacity",
            "onlineCapacity",
            "offerHours"),
        wrong);
    assertEquals(
        List.of("opensAt", "closesAt"),
        RegistrationRules.setup(null, null, null, true, null, true, null, 48).stream()
            .map(Problem::field)
            .toList());
  }
}
