package org.colloquium.events.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.events.api.AbstractRules;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.CallDates;
import org.colloquium.events.api.CallForm;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.events.api.Slug;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.Event;
import org.colloquium.kernel.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallFormReaderTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final EventSchedule EVENT =
      new EventSchedule(
          Instant.parse("2026-12-10T07:00:00Z"), Instant.parse("2026-12-11T16:00:00Z"), BUCHAREST);

  private final List<Problem> problems = new ArrayList<>();

  private static CallForm form(String opens, String deadline, String words, String grace) {
    return form(opens, deadline, words, grace, "");
  }

  private static CallForm form(
      String opens, String deadline, String words, String grace, String maxPages) {
    return new CallForm(
        opens,
        deadline,
        "",
        null,
        " ",
        grace,
        "Students",
        words,
        "3",
        "5",
        false,
        true,
        PdfPolicy.REQUIRED,
        "10",
        maxPages,
        ReviewMode.OPEN,
        null);
  }

  @Test
  void readsWallClockTimesAsTheDateInputSendsThem() {
    CallDates dates =
        CallFormReader.dates(
            form("2026-03-01T00:00", "2026-06-30T23:59", "300", "15"), EVENT, problems);
    assertEquals(List.of(), problems);
    assertEquals(Instant.parse("2026-06-30T20:59:00Z"), dates.abstractDeadline());
    assertNull(dates.fullPaperDeadline());
    assertNull(dates.cameraReadyAt());
    assertEquals(15, dates.graceMinutes());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-06-30 23:59", "2026-06-30T23:59:00", " 2026-06-30T23:59 "})
  void acceptsSecondsAndASpaceInsteadOfTheT(String typed) {
    CallDates dates =
        CallFormReader.dates(form("2026-03-01T00:00", typed, "300", "0"), EVENT, problems);
    assertEquals(List.of(), problems);
    assertEquals(Instant.parse("2026-06-30T20:59:00Z"), dates.abstractDeadline());
  }

  @ParameterizedTest
  @ValueSource(strings = {"30.06.2026 23:59", "tomorrow", "2026-02-30T10:00", "2026-06-30"})
  void anythingElseIsAProblemOnItsField(String typed) {
    assertNull(CallFormReader.dates(form("2026-03-01T00:00", typed, "300", "0"), EVENT, problems));
    assertEquals(List.of(Problem.of("abstractDeadline", "call.date.invalid")), problems);
  }

  @Test
  void aBadDateDoesNotHideThatARequiredOneIsMissing() {
    assertNull(CallFormReader.dates(form("", "tomorrow", "300", "0"), EVENT, problems));
    assertEquals(
        List.of(
            Problem.of("abstractDeadline", "call.date.invalid"),
            Problem.of("opensAt", "call.opensAt.required")),
        problems);
  }

  @Test
  void numbersThatAreNotNumbersAreProblemsOnTheirFields() {
    assertNull(CallFormReader.rules(form(null, null, "three hundred", "0"), problems));
    assertNull(
        CallFormReader.dates(
            form("2026-03-01T00:00", "2026-06-30T23:59", "1", "x"), EVENT, problems));
    assertEquals(
        List.of(
            Problem.of("wordLimit", "call.number.invalid"),
            Problem.of("graceMinutes", "call.number.invalid")),
        problems);
  }

  @Test
  void readsTheRules() {
    AbstractRules rules = CallFormReader.rules(form(null, null, "450", "0"), problems);
    assertEquals(new AbstractRules(450, 3, 5, false, true, PdfPolicy.REQUIRED, 10), rules);
  }

  @Test
  void writesASavedCallBackAsTheFormShowsIt() {
    var call =
        new CallForPapers(
            1L,
            new CallDates(
                Instant.parse("2026-02-28T22:00:00Z"),
                Instant.parse("2026-06-30T20:59:00Z"),
                null,
                Instant.parse("2026-09-30T09:00:00Z"),
                null,
                15),
            "Students",
            AbstractRules.DEFAULT,
            ReviewMode.SINGLE_BLIND);
    CallForm form = CallFormReader.form(call, BUCHAREST);
    assertEquals("2026-03-01T00:00", form.opensAt());
    assertEquals("2026-06-30T23:59", form.abstractDeadline());
    assertNull(form.fullPaperDeadline());
    assertEquals("2026-09-30T12:00", form.notificationAt());
    assertEquals("15", form.graceMinutes());
    assertEquals("300", form.wordLimit());
    assertEquals(ReviewMode.SINGLE_BLIND, form.reviewMode());
    assertEquals(0, form.version());
    // Read back, it gives the same call.
    assertEquals(call.dates(), CallFormReader.dates(form, EVENT, problems));
    assertNotNull(CallFormReader.blank());
    assertNull(CallFormReader.blank().version());
  }

  @Test
  void aCopiedEditionKeepsTheWallClockTimesOfItsCall() {
    Event first = event("conference-2025", LocalDateTime.of(2025, 11, 6, 9, 0));
    Event second = event("conference-2026", LocalDateTime.of(2026, 11, 5, 9, 0));
    CallDates dates =
        new CallDates(
            LocalDateTime.of(2025, 3, 1, 0, 0).atZone(BUCHAREST).toInstant(),
            LocalDateTime.of(2025, 7, 15, 23, 59).atZone(BUCHAREST).toInstant(),
            null,
            null,
            null,
            15);
    CallDates moved = CallCopying.moved(dates, first, second, Duration.ofDays(364));
    assertEquals(
        LocalDateTime.of(2026, 7, 14, 23, 59),
        moved.abstractDeadline().atZone(BUCHAREST).toLocalDateTime());
    assertEquals(
        LocalDateTime.of(2026, 2, 28, 0, 0), moved.opensAt().atZone(BUCHAREST).toLocalDateTime());
    assertEquals(15, moved.graceMinutes());
  }

  private static Event event(String slug, LocalDateTime start) {
    return new Event(
        new Slug(slug),
        "Conference",
        new EventSchedule(
            start.atZone(BUCHAREST).toInstant(),
            start.plusDays(1).atZone(BUCHAREST).toInstant(),
            BUCHAREST),
        AttendanceMode.IN_PERSON,
        Instant.EPOCH);
  }

  @Test
  void readsAnOptionalPageLimit() {
    assertEquals(
        12,
        CallFormReader.rules(form(null, null, "300", "0", " 12 "), problems).maxPages(),
        () -> problems.toString());
    assertEquals(null, CallFormReader.rules(form(null, null, "300", "0", ""), problems).maxPages());
    assertEquals(null, CallFormReader.rules(form(null, null, "300", "0", "501"), problems));
    assertEquals("maxPages", problems.get(problems.size() - 1).field());
  }
}
