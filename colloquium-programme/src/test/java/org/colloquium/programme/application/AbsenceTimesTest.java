package org.colloquium.programme.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.programme.api.UnavailabilityInput;
import org.junit.jupiter.api.Test;

/**
 * The times an unavailability form names, as both the organisers' and the authors' forms read them.
 */
class AbsenceTimesTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final LocalDate DAY = LocalDate.of(2023, 11, 9);

  private static UnavailabilityInput input(LocalDate day, String from, String to, String note) {
    return new UnavailabilityInput(
        "ana@colloquium.example",
        null,
        day,
        from == null ? null : LocalTime.parse(from),
        to == null ? null : LocalTime.parse(to),
        note);
  }

  private static List<String> fields(List<Problem> problems) {
    return problems.stream().map(Problem::field).toList();
  }

  @Test
  void noHoursIsTheWholeDayInTheEventsZone() {
    List<Problem> problems = new ArrayList<>();
    AbsenceTimes.Interval whole =
        AbsenceTimes.of(input(DAY, null, null, null), BUCHAREST, problems);
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals(Instant.parse("2023-11-08T22:00:00Z"), whole.start());
    assertEquals(Instant.parse("2023-11-09T22:00:00Z"), whole.end());
  }

  @Test
  void hoursAreReadInTheEventsZoneAcrossTheChangeOfClocks() {
    List<Problem> problems = new ArrayList<>();
    // 29 October 2023: clocks went back in Bucharest at 04:00, so 02:00–06:00 lasts five hours.
    AbsenceTimes.Interval night =
        AbsenceTimes.of(
            input(LocalDate.of(2023, 10, 29), "02:00", "06:00", null), BUCHAREST, problems);
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals(5, java.time.Duration.between(night.start(), night.end()).toHours());
  }

  @Test
  void oneTimeWithoutTheOtherIsRefused() {
    List<Problem> problems = new ArrayList<>();
    assertNull(AbsenceTimes.of(input(DAY, "11:00", null, null), BUCHAREST, problems));
    assertEquals(List.of("to"), fields(problems));
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    List<Problem> problems = new ArrayList<>();
    assertNull(AbsenceTimes.of(input(DAY, "12:30", "11:00", null), BUCHAREST, problems));
    assertEquals(List.of("to"), fields(problems));
    problems.clear();
    assertNull(AbsenceTimes.of(input(DAY, "11:00", "11:00", null), BUCHAREST, problems));
    assertEquals(List.of("to"), fields(problems));
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    List<Problem> problems = new ArrayList<>();
    assertNull(AbsenceTimes.of(input(null, null, null, "x".repeat(301)), BUCHAREST, problems));
    assertEquals(List.of("day", "note"), fields(problems));
    problems.clear();
    AbsenceTimes.of(input(DAY, null, null, "x".repeat(300)), BUCHAREST, problems);
    assertTrue(problems.isEmpty(), "300 characters are allowed");
  }
}
