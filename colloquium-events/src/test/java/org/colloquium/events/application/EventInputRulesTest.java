package org.colloquium.events.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventInput;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.Problem;
import org.junit.jupiter.api.Test;

class EventInputRulesTest {

  private static final LocalDateTime START = LocalDateTime.of(2026, 10, 22, 9, 0);
  private static final LocalDateTime END = LocalDateTime.of(2026, 10, 23, 18, 0);

  private static EventInput valid() {
    return new EventInput(
        "IIIrd Annual Conference",
        "Call for Papers",
        "Description",
        "annual-conference-iii",
        "Annual Conference",
        3,
        START,
        END,
        "Europe/Bucharest",
        "University of Bucharest",
        "Bd. Regina Elisabeta 4–12",
        "https://www.openstreetmap.org/",
        AttendanceMode.HYBRID,
        "https://stream.example.org/",
        "Conference@Example.org",
        Language.EN,
        "A III-a Conferință",
        "Apel",
        "Descriere",
        "Centrul Român de Studii Ruse",
        "https://unibuc.ro/");
  }

  private static Map<String, String> problems(EventInput input) {
    List<Problem> problems = new ArrayList<>();
    EventInputRules.check(input, problems);
    return problems.stream().collect(Collectors.toMap(Problem::field, Problem::messageKey));
  }

  private static EventInput with(String field, Object value) {
    EventInput v = valid();
    return new EventInput(
        field.equals("title") ? (String) value : v.title(),
        v.subtitle(),
        v.description(),
        field.equals("slug") ? (String) value : v.slug(),
        v.series(),
        field.equals("edition") ? (Integer) value : v.edition(),
        field.equals("start") ? (LocalDateTime) value : v.start(),
        field.equals("end") ? (LocalDateTime) value : v.end(),
        field.equals("timeZone") ? (String) value : v.timeZone(),
        v.venueName(),
        v.venueAddress(),
        field.equals("venueMapUrl") ? (String) value : v.venueMapUrl(),
        field.equals("attendance") ? (AttendanceMode) value : v.attendance(),
        field.equals("streamUrl") ? (String) value : v.streamUrl(),
        field.equals("contactEmail") ? (String) value : v.contactEmail(),
        v.contentLanguage(),
        field.equals("otherTitle") ? (String) value : v.otherTitle(),
        v.otherSubtitle(),
        v.otherDescription(),
        v.organiserName(),
        field.equals("organiserUrl") ? (String) value : v.organiserUrl());
  }

  @Test
  void aCompleteEventHasNoProblemAndAScheduleInItsZone() {
    List<Problem> problems = new ArrayList<>();
    EventSchedule schedule = EventInputRules.check(valid(), problems);
    assertTrue(problems.isEmpty(), problems::toString);
    assertNotNull(schedule);
    assertEquals("Europe/Bucharest", schedule.zone().getId());
  }

  @Test
  void titleIsRequired() {
    assertEquals("event.title.required", problems(with("title", "  ")).get("title"));
  }

  @Test
  void slugMustHaveTheRightShape() {
    assertEquals("event.slug.required", problems(with("slug", "")).get("slug"));
    assertEquals("event.slug.invalid", problems(with("slug", "Anul III")).get("slug"));
    assertEquals("event.slug.invalid", problems(with("slug", "conferință")).get("slug"));
    assertEquals("event.slug.invalid", problems(with("slug", "a--b")).get("slug"));
    assertEquals("event.slug.reserved", problems(with("slug", "new")).get("slug"));
  }

  @Test
  void endBeforeStartAndUnknownZonesAreReportedAtTheirFields() {
    assertEquals("event.end.beforeStart", problems(with("end", START.minusHours(1))).get("end"));
    assertEquals(
        "event.timeZone.unknown", problems(with("timeZone", "Mars/Olympus")).get("timeZone"));
    List<Problem> problems = new ArrayList<>();
    assertNull(EventInputRules.check(with("timeZone", "Mars/Olympus"), problems));
  }

  @Test
  void linksMustBeHttpOrHttps() {
    assertEquals(
        "event.link.invalid",
        problems(with("venueMapUrl", "javascript:alert(1)")).get("venueMapUrl"));
    assertEquals(
        "event.link.invalid", problems(with("streamUrl", "stream.example")).get("streamUrl"));
    assertEquals(
        "event.link.invalid",
        problems(with("organiserUrl", "ftp://unibuc.ro")).get("organiserUrl"));
    assertTrue(problems(with("streamUrl", "")).isEmpty(), "links are optional");
  }

  @Test
  void contactEmailMustBeAnAddress() {
    assertEquals(
        "event.contactEmail.invalid",
        problems(with("contactEmail", "conference at unibuc")).get("contactEmail"));
    assertTrue(problems(with("contactEmail", null)).isEmpty());
  }

  @Test
  void editionIsPositive() {
    assertEquals("event.edition.positive", problems(with("edition", 0)).get("edition"));
    assertTrue(problems(with("edition", null)).isEmpty());
  }

  @Test
  void aTranslationNeedsItsTitle() {
    assertEquals("event.otherTitle.required", problems(with("otherTitle", "")).get("otherTitle"));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    EventInput bad =
        new EventInput(
            "",
            null,
            null,
            "Bad Slug",
            null,
            -1,
            START,
            START,
            "Nowhere",
            null,
            null,
            "javascript:x",
            null,
            null,
            "nope",
            null,
            null,
            null,
            null,
            null,
            null);
    Map<String, String> found = problems(bad);
    assertEquals(
        java.util.Set.of(
            "title",
            "slug",
            "edition",
            "venueMapUrl",
            "contactEmail",
            "attendance",
            "contentLanguage",
            "timeZone"),
        found.keySet());
  }

  @Test
  void theOtherLanguageIsTheOneThatIsNotPrimary() {
    assertEquals(Language.RO, valid().otherLanguage());
    assertEquals(
        Language.EN,
        EventInput.start("t", "s-s-s", START, END, "UTC", AttendanceMode.ONLINE, Language.RO)
            .otherLanguage());
  }
}
