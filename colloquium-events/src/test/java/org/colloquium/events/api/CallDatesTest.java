package org.colloquium.events.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallDatesTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  /** The conference: 10–11 December 2026 in Bucharest. */
  private static final EventSchedule EVENT =
      new EventSchedule(
          LocalDateTime.of(2026, 12, 10, 9, 0).atZone(BUCHAREST).toInstant(),
          LocalDateTime.of(2026, 12, 11, 18, 0).atZone(BUCHAREST).toInstant(),
          BUCHAREST);

  private static final LocalDateTime OPENS = LocalDateTime.of(2026, 3, 1, 0, 0);
  private static final LocalDateTime DEADLINE = LocalDateTime.of(2026, 6, 30, 23, 59);
  private static final LocalDateTime FULL_PAPER = LocalDateTime.of(2026, 9, 1, 23, 59);
  private static final LocalDateTime NOTIFICATION = LocalDateTime.of(2026, 9, 30, 12, 0);
  private static final LocalDateTime CAMERA_READY = LocalDateTime.of(2026, 11, 1, 23, 59);

  private final List<Problem> problems = new ArrayList<>();

  private CallDates build(
      LocalDateTime opens,
      LocalDateTime deadline,
      LocalDateTime fullPaper,
      LocalDateTime notification,
      LocalDateTime cameraReady,
      Integer grace) {
    return CallDates.fromLocal(
        opens, deadline, fullPaper, notification, cameraReady, grace, EVENT, problems);
  }

  private CallDates valid(
      LocalDateTime opens,
      LocalDateTime deadline,
      LocalDateTime fullPaper,
      LocalDateTime notification,
      LocalDateTime cameraReady) {
    CallDates dates = build(opens, deadline, fullPaper, notification, cameraReady, 0);
    assertEquals(List.of(), problems);
    assertNotNull(dates);
    return dates;
  }

  private void assertOnlyProblem(String field, String key) {
    assertEquals(List.of(Problem.of(field, key)), problems);
  }

  @Test
  void convertsEveryDateFromTheEventZone() {
    CallDates dates = valid(OPENS, DEADLINE, FULL_PAPER, NOTIFICATION, CAMERA_READY);
    assertEquals(Instant.parse("2026-02-28T22:00:00Z"), dates.opensAt()); // EET, UTC+2
    assertEquals(Instant.parse("2026-06-30T20:59:00Z"), dates.abstractDeadline()); // EEST, UTC+3
    assertEquals(Instant.parse("2026-09-01T20:59:00Z"), dates.fullPaperDeadline());
    assertEquals(Instant.parse("2026-09-30T09:00:00Z"), dates.notificationAt());
    assertEquals(Instant.parse("2026-11-01T21:59:00Z"), dates.cameraReadyAt()); // EET again
  }

  @Test
  void finalVersionsAreDueAtTheCameraReadyDatePlusGraceOrElseAtTheEventsStart() {
    Instant start = Instant.parse("2027-01-10T08:00:00Z");
    CallDates withDate = build(OPENS, DEADLINE, null, NOTIFICATION, CAMERA_READY, 30);
    assertEquals(
        Instant.parse("2026-11-01T22:29:00Z"), withDate.finalVersionsUntil(start), "grace too");
    CallDates without = valid(OPENS, DEADLINE, null, NOTIFICATION, null);
    assertEquals(start, without.finalVersionsUntil(start));
    assertEquals(withDate.cameraReadyAt(), withDate.finalVersionsDue(start), "as announced");
    assertEquals(start, without.finalVersionsDue(start));
  }

  @Test
  void theNextMomentIsTheFirstOfTheCallsMomentsStillToCome() {
    CallDates dates =
        new CallDates(
            Instant.parse("2026-03-01T00:00:00Z"),
            Instant.parse("2026-06-30T21:00:00Z"),
            null,
            Instant.parse("2026-09-30T09:00:00Z"),
            null,
            30);
    assertEquals(
        Instant.parse("2026-03-01T00:00:00Z"),
        dates.nextMomentAfter(Instant.parse("2026-01-01T00:00:00Z")).orElseThrow());
    assertEquals(
        Instant.parse("2026-06-30T21:00:00Z"),
        dates.nextMomentAfter(Instant.parse("2026-03-01T00:00:00Z")).orElseThrow(),
        "strictly after: the opening itself is past");
    assertEquals(
        Instant.parse("2026-06-30T21:30:00Z"),
        dates.nextMomentAfter(Instant.parse("2026-06-30T21:00:00Z")).orElseThrow(),
        "the end of the grace period closes the call");
    assertEquals(
        Instant.parse("2026-09-30T09:00:00Z"),
        dates.nextMomentAfter(Instant.parse("2026-06-30T21:30:00Z")).orElseThrow());
    assertTrue(dates.nextMomentAfter(Instant.parse("2026-09-30T09:00:00Z")).isEmpty());
  }

  @Test
  void onlyTheOpeningAndTheAbstractDeadlineAreRequired() {
    CallDates dates = valid(OPENS, DEADLINE, null, null, null);
    assertNull(dates.fullPaperDeadline());
    assertNull(dates.notificationAt());
    assertNull(dates.cameraReadyAt());
    assertNull(build(null, null, null, null, null, 0));
    assertEquals(
        List.of(
            Problem.of("opensAt", "call.opensAt.required"),
            Problem.of("abstractDeadline", "call.abstractDeadline.required")),
        problems);
  }

  @Test
  void theDeadlineComesAfterTheOpening() {
    assertNull(build(DEADLINE, DEADLINE, null, null, null, 0));
    assertOnlyProblem("abstractDeadline", "call.abstractDeadline.notAfterOpening");
    problems.clear();
    assertNull(build(DEADLINE, OPENS, null, null, null, 0));
    assertOnlyProblem("abstractDeadline", "call.abstractDeadline.notAfterOpening");
  }

  @Test
  void theFullPaperDeadlineMayEqualButNotPrecedeTheAbstractDeadline() {
    valid(OPENS, DEADLINE, DEADLINE, NOTIFICATION, null);
    assertNull(build(OPENS, DEADLINE, DEADLINE.minusMinutes(1), null, null, 0));
    assertOnlyProblem("fullPaperDeadline", "call.fullPaperDeadline.beforeAbstract");
  }

  @Test
  void notificationComesStrictlyAfterEveryDeadline() {
    assertNull(build(OPENS, DEADLINE, null, DEADLINE, null, 0));
    assertOnlyProblem("notificationAt", "call.notification.notAfterDeadlines");
    problems.clear();
    // After the abstract deadline, but not after the full-paper deadline.
    assertNull(build(OPENS, DEADLINE, FULL_PAPER, FULL_PAPER.minusDays(1), null, 0));
    assertOnlyProblem("notificationAt", "call.notification.notAfterDeadlines");
  }

  @Test
  void cameraReadyMayEqualButNotPrecedeTheNotification() {
    valid(OPENS, DEADLINE, null, NOTIFICATION, NOTIFICATION);
    assertNull(build(OPENS, DEADLINE, null, NOTIFICATION, NOTIFICATION.minusHours(1), 0));
    assertOnlyProblem("cameraReadyAt", "call.cameraReady.beforeNotification");
  }

  @Test
  void withoutNotificationCameraReadyComesAfterTheDeadlines() {
    valid(OPENS, DEADLINE, FULL_PAPER, null, FULL_PAPER);
    assertNull(build(OPENS, DEADLINE, FULL_PAPER, null, DEADLINE, 0));
    assertOnlyProblem("cameraReadyAt", "call.cameraReady.beforeDeadlines");
  }

  @Test
  void notificationAndDeadlinesComeBeforeTheEventStarts() {
    LocalDateTime start = LocalDateTime.of(2026, 12, 10, 9, 0);
    // Camera-ready versions may be due after the event, for the proceedings.
    valid(OPENS, DEADLINE, null, NOTIFICATION, start.plusDays(30));
    assertNull(build(OPENS, DEADLINE, null, start, null, 0));
    assertOnlyProblem("notificationAt", "call.date.notBeforeEvent");
    problems.clear();
    assertNull(build(OPENS, start.plusDays(1), null, null, null, 0));
    assertOnlyProblem("abstractDeadline", "call.date.notBeforeEvent");
  }

  @Test
  void reportsEveryFieldThatIsWrongAtOnceAndEachOnlyOnce() {
    LocalDateTime late = LocalDateTime.of(2027, 1, 1, 0, 0);
    assertNull(build(OPENS, DEADLINE, DEADLINE.minusDays(1), late, late.minusDays(1), 2000));
    assertEquals(
        List.of(
            Problem.of("fullPaperDeadline", "call.fullPaperDeadline.beforeAbstract"),
            Problem.of("cameraReadyAt", "call.cameraReady.beforeNotification"),
            Problem.of("graceMinutes", "call.graceMinutes.range", 1440),
            Problem.of("notificationAt", "call.date.notBeforeEvent")),
        problems);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 1441, 10_000})
  void graceIsBetweenZeroAndOneDay(int minutes) {
    assertNull(build(OPENS, DEADLINE, null, null, null, minutes));
    assertEquals(List.of(Problem.of("graceMinutes", "call.graceMinutes.range", 1440)), problems);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 15, 1440})
  void graceWithinItsRangeIsAccepted(int minutes) {
    assertEquals(minutes, build(OPENS, DEADLINE, null, null, null, minutes).graceMinutes());
  }

  @Test
  void missingGraceMeansNone() {
    assertEquals(0, build(OPENS, DEADLINE, null, null, null, null).graceMinutes());
  }

  @Test
  void isOpenFromTheOpeningUntilTheDeadlinePlusGrace() {
    CallDates dates = build(OPENS, DEADLINE, null, null, null, 15);
    Instant deadline = dates.abstractDeadline();
    assertFalse(dates.isOpen(dates.opensAt().minusNanos(1)));
    assertTrue(dates.isOpen(dates.opensAt()));
    assertTrue(dates.isOpen(deadline), "the published deadline itself is within the grace");
    assertTrue(dates.isOpen(deadline.plusSeconds(15 * 60 - 1)));
    assertFalse(dates.isOpen(deadline.plusSeconds(15 * 60)));
    assertEquals(deadline.plusSeconds(900), dates.acceptsUntil());
    assertEquals(
        Instant.parse("2026-06-30T20:59:00Z"), dates.abstractDeadline(), "published unchanged");
  }

  @Test
  void withoutGraceTheDeadlineIsTheEnd() {
    CallDates dates = valid(OPENS, DEADLINE, null, null, null);
    assertTrue(dates.isOpen(dates.abstractDeadline().minusNanos(1)));
    assertFalse(dates.isOpen(dates.abstractDeadline()));
  }

  // Nights the clocks change in Bucharest: 29 March 2026, 03:00 EET becomes 04:00 EEST; 25
  // October 2026, 04:00 EEST becomes 03:00 EET, so 03:00–03:59 happens twice.

  @Test
  void aDeadlineInTheSpringGapMovesForwardByTheGap() {
    CallDates dates =
        build(
            LocalDateTime.of(2026, 3, 1, 0, 0),
            LocalDateTime.of(2026, 3, 29, 3, 30),
            null,
            null,
            null,
            0);
    // 03:30 does not exist that night; it becomes 04:30 summer time, which is 01:30 UTC.
    assertEquals(Instant.parse("2026-03-29T01:30:00Z"), dates.abstractDeadline());
    assertEquals(
        LocalDateTime.of(2026, 3, 29, 4, 30),
        dates.abstractDeadline().atZone(BUCHAREST).toLocalDateTime());
  }

  @Test
  void aDeadlineJustBeforeAndAfterTheSpringGapIsAnHourApartInUtcButOneMinuteOnTheClock() {
    Instant before =
        build(OPENS.minusMonths(1), LocalDateTime.of(2026, 3, 29, 2, 59), null, null, null, 0)
            .abstractDeadline();
    Instant after =
        build(OPENS.minusMonths(1), LocalDateTime.of(2026, 3, 29, 4, 0), null, null, null, 0)
            .abstractDeadline();
    assertEquals(Duration.ofMinutes(1), Duration.between(before, after));
    assertEquals(Instant.parse("2026-03-29T00:59:00Z"), before);
  }

  @Test
  void anAmbiguousAutumnDeadlineTakesTheEarlierOffset() {
    CallDates dates =
        build(
            LocalDateTime.of(2026, 9, 1, 0, 0),
            LocalDateTime.of(2026, 10, 25, 3, 30),
            null,
            null,
            null,
            0);
    // 03:30 happens first in summer time (UTC+3) and again in winter time (UTC+2): the first.
    assertEquals(Instant.parse("2026-10-25T00:30:00Z"), dates.abstractDeadline());
  }

  @Test
  void theAutumnClockChangeMakesThatNightAnHourLonger() {
    CallDates dates =
        build(
            LocalDateTime.of(2026, 10, 24, 4, 0),
            LocalDateTime.of(2026, 10, 25, 4, 0),
            null,
            null,
            null,
            0);
    assertEquals(Duration.ofHours(25), Duration.between(dates.opensAt(), dates.abstractDeadline()));
    assertTrue(dates.isOpen(Instant.parse("2026-10-25T01:59:59Z")));
    assertFalse(dates.isOpen(Instant.parse("2026-10-25T02:00:00Z"))); // 04:00 EET
  }

  @Test
  void movingToANewEditionKeepsTheWallClockTimeAcrossAClockChange() {
    CallDates dates = valid(OPENS, DEADLINE, null, NOTIFICATION, null);
    // The next edition starts 364 days later on the clock; the deadline stays 23:59 in Bucharest.
    CallDates moved = dates.movedBy(Duration.ofDays(364), BUCHAREST, BUCHAREST);
    assertEquals(
        LocalDateTime.of(2027, 6, 29, 23, 59),
        moved.abstractDeadline().atZone(BUCHAREST).toLocalDateTime());
    assertEquals(
        LocalDateTime.of(2027, 2, 28, 0, 0), moved.opensAt().atZone(BUCHAREST).toLocalDateTime());
    assertNull(moved.fullPaperDeadline());
    assertEquals(dates.graceMinutes(), moved.graceMinutes());
  }

  @Test
  void movingToAnotherZoneKeepsTheWallClockTimesThere() {
    CallDates dates = valid(OPENS, DEADLINE, null, null, null);
    ZoneId lisbon = ZoneId.of("Europe/Lisbon");
    CallDates moved = dates.movedBy(Duration.ZERO, BUCHAREST, lisbon);
    assertEquals(
        LocalDateTime.of(2026, 6, 30, 23, 59),
        moved.abstractDeadline().atZone(lisbon).toLocalDateTime());
  }

  @Test
  void theConstructorRefusesDatesOutOfOrder() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    assertThrows(IllegalArgumentException.class, () -> new CallDates(t, t, null, null, null, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CallDates(t, t.plusSeconds(60), null, t.plusSeconds(60), null, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CallDates(t, t.plusSeconds(60), null, null, null, 1441));
  }
}
