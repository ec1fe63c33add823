package org.colloquium.events.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EventScheduleTest {

  private static final String BUCHAREST = "Europe/Bucharest";
  private static final LocalDateTime NOV_9 = LocalDateTime.of(2023, 11, 9, 9, 0);
  private static final LocalDateTime NOV_11 = LocalDateTime.of(2023, 11, 11, 18, 0);

  private final List<Problem> problems = new ArrayList<>();

  private EventSchedule valid(LocalDateTime start, LocalDateTime end) {
    EventSchedule schedule = EventSchedule.fromLocal(start, end, BUCHAREST, problems);
    assertEquals(List.of(), problems);
    assertNotNull(schedule);
    return schedule;
  }

  @Test
  void convertsWallClockTimesInTheEventZone() {
    EventSchedule schedule = valid(NOV_9, NOV_11);
    assertEquals(Instant.parse("2023-11-09T07:00:00Z"), schedule.start()); // EET, UTC+2
    assertEquals(Instant.parse("2023-11-11T16:00:00Z"), schedule.end());
    assertEquals(ZoneId.of(BUCHAREST), schedule.zone());
    assertEquals(NOV_9, schedule.localStart().toLocalDateTime());
    assertEquals(NOV_11, schedule.localEnd().toLocalDateTime());
  }

  @Test
  void reportsUnknownTimeZoneOnTheTimeZoneField() {
    assertNull(EventSchedule.fromLocal(NOV_9, NOV_11, "Mars/Olympus_Mons", problems));
    assertEquals(
        List.of(Problem.of("timeZone", "event.timeZone.unknown", "Mars/Olympus_Mons")), problems);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void reportsMissingTimeZone(String zone) {
    assertNull(EventSchedule.fromLocal(NOV_9, NOV_11, zone, problems));
    assertEquals(List.of(Problem.of("timeZone", "event.timeZone.required")), problems);
  }

  @Test
  void acceptsTimeZoneWithSurroundingSpaces() {
    EventSchedule schedule = EventSchedule.fromLocal(NOV_9, NOV_11, " Europe/Bucharest ", problems);
    assertEquals(List.of(), problems);
    assertEquals(ZoneId.of(BUCHAREST), schedule.zone());
  }

  @Test
  void reportsMissingStartOnTheStartField() {
    assertNull(EventSchedule.fromLocal(null, NOV_11, BUCHAREST, problems));
    assertEquals(List.of(Problem.of("start", "event.start.required")), problems);
  }

  @Test
  void reportsMissingEndOnTheEndField() {
    assertNull(EventSchedule.fromLocal(NOV_9, null, BUCHAREST, problems));
    assertEquals(List.of(Problem.of("end", "event.end.required")), problems);
  }

  @Test
  void reportsEveryMissingPartAtOnce() {
    assertNull(EventSchedule.fromLocal(null, null, "Nowhere/Atlantis", problems));
    assertEquals(
        List.of("timeZone", "start", "end"), problems.stream().map(Problem::field).toList());
  }

  @Test
  void reportsEndBeforeStartOnTheEndField() {
    assertNull(EventSchedule.fromLocal(NOV_11, NOV_9, BUCHAREST, problems));
    assertEquals(List.of(Problem.of("end", "event.end.beforeStart")), problems);
  }

  @Test
  void endEqualToStartIsNotAfterIt() {
    assertNull(EventSchedule.fromLocal(NOV_9, NOV_9, BUCHAREST, problems));
    assertEquals(List.of(Problem.of("end", "event.end.beforeStart")), problems);
  }

  @Test
  void keepsProblemsTheCallerFoundBefore() {
    Problem earlier = Problem.of("title", "event.title.required");
    problems.add(earlier);
    EventSchedule.fromLocal(NOV_9, null, BUCHAREST, problems);
    assertEquals(List.of(earlier, Problem.of("end", "event.end.required")), problems);
  }

  @Test
  void timeInTheSpringGapIsMovedForwardByAnHour() {
    // 29 March 2026: at 03:00 the clocks in Bucharest jump to 04:00, so 03:30 never happens.
    EventSchedule schedule =
        valid(LocalDateTime.of(2026, 3, 29, 3, 30), LocalDateTime.of(2026, 3, 29, 12, 0));
    assertEquals(LocalDateTime.of(2026, 3, 29, 4, 30), schedule.localStart().toLocalDateTime());
    assertEquals(ZoneOffset.ofHours(3), schedule.localStart().getOffset());
    assertEquals(Instant.parse("2026-03-29T01:30:00Z"), schedule.start());
  }

  @Test
  void timeInTheAutumnOverlapTakesTheEarlierOffset() {
    // 25 October 2026: at 04:00 the clocks go back to 03:00, so 03:30 happens twice.
    EventSchedule schedule =
        valid(LocalDateTime.of(2026, 10, 25, 3, 30), LocalDateTime.of(2026, 10, 25, 12, 0));
    assertEquals(ZoneOffset.ofHours(3), schedule.localStart().getOffset());
    assertEquals(Instant.parse("2026-10-25T00:30:00Z"), schedule.start());
  }

  @Test
  void eventAcrossTheAutumnChangeLastsAnHourMoreThanTheWallClockSays() {
    LocalDateTime start = LocalDateTime.of(2026, 10, 24, 9, 0);
    LocalDateTime end = LocalDateTime.of(2026, 10, 25, 18, 0);
    EventSchedule schedule = valid(start, end);
    assertEquals(Duration.ofHours(33), Duration.between(start, end));
    assertEquals(Duration.ofHours(34), Duration.between(schedule.start(), schedule.end()));
  }

  @Test
  void eventAcrossTheSpringChangeLastsAnHourLess() {
    LocalDateTime start = LocalDateTime.of(2026, 3, 28, 9, 0);
    LocalDateTime end = LocalDateTime.of(2026, 3, 29, 18, 0);
    EventSchedule schedule = valid(start, end);
    assertEquals(Duration.ofHours(32), Duration.between(schedule.start(), schedule.end()));
  }

  @Test
  void scheduleMustEndAfterItStarts() {
    Instant at = Instant.parse("2026-01-01T10:00:00Z");
    ZoneId zone = ZoneId.of(BUCHAREST);
    assertThrows(IllegalArgumentException.class, () -> new EventSchedule(at, at, zone));
    assertThrows(
        IllegalArgumentException.class, () -> new EventSchedule(at, at.minusSeconds(1), zone));
  }

  @Test
  void eventIsOverFromItsEnd() {
    EventSchedule schedule = valid(NOV_9, NOV_11);
    assertTrue(!schedule.isOver(schedule.end().minusSeconds(1)));
    assertTrue(schedule.isOver(schedule.end()));
  }
}
