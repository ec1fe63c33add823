package org.colloquium.programme.domain.feeds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.colloquium.programme.domain.feeds.FeedFixtures.LINKS;
import static org.colloquium.programme.domain.feeds.FeedFixtures.programme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.ReleaseEdits;
import org.colloquium.programme.domain.timetable.SpeakerChanges;
import org.junit.jupiter.api.Test;

class SpeakerCalendarTest {

  private static final SpeakerCalendar.Publisher SITE =
      new SpeakerCalendar.Publisher("Colloquium UAIC", "no-reply@colloquium.example.ro");
  private static final Instant PUBLISHED_V3 = Instant.parse("2026-05-08T07:00:00Z");

  private final SpeakerCalendar calendar = new SpeakerCalendar(LINKS, SITE);

  /** Release 3: release 2 without the talk on Aromanian (103). */
  private static PublishedProgramme withoutAromanian() {
    return ReleaseEdits.asRelease(
        ReleaseEdits.withContributions(
            programme(2), cs -> cs.stream().filter(c -> c.id() != 103L).toList()),
        3,
        PUBLISHED_V3,
        "");
  }

  @Test
  void movedTalksAreTheFeedsEventsAsPublishedWithAnOrganiser() throws Exception {
    PublishedProgramme one = programme(1);
    PublishedProgramme two = programme(2);

    String ics = calendar.ics(one, two, SpeakerChanges.between(one, two), List.of());

    Calendar parsed = parse(ics);
    ValidationResult result = parsed.validate();
    assertFalse(result.hasErrors(), () -> result + "\n" + ics);
    assertEquals("PUBLISH", parsed.getProperty(Property.METHOD).orElseThrow().getValue());
    Map<String, VEvent> events = byUid(parsed);
    assertEquals(
        List.of("contribution-401@colloquium.example.ro", "contribution-402@colloquium.example.ro"),
        events.keySet().stream().sorted().toList());
    VEvent moved = events.get("contribution-401@colloquium.example.ro");
    assertEquals("20260514T093000", value(moved, Property.DTSTART));
    assertEquals(
        "Europe/Bucharest",
        moved
            .getProperty(Property.DTSTART)
            .orElseThrow()
            .getParameter(Parameter.TZID)
            .get()
            .getValue());
    assertEquals("2", value(moved, Property.SEQUENCE));
    assertEquals("Morfologia verbului în dacoromână", value(moved, Property.SUMMARY));
    assertTrue(
        value(moved, Property.LOCATION).startsWith("Sala Țițeica"), value(moved, "LOCATION"));
    Property organizer = moved.getProperty(Property.ORGANIZER).orElseThrow();
    assertEquals("mailto:no-reply@colloquium.example.ro", organizer.getValue());
    assertEquals("Colloquium UAIC", organizer.getParameter(Parameter.CN).orElseThrow().getValue());
    assertFalse(moved.getProperty(Property.STATUS).isPresent(), "a moved talk takes place");

    VEvent inFeed = byUid(parse(feed(two))).get("contribution-401@colloquium.example.ro");
    for (String property :
        List.of(
            Property.DTSTART,
            Property.DTEND,
            Property.DTSTAMP,
            Property.SEQUENCE,
            Property.SUMMARY,
            Property.LOCATION,
            Property.DESCRIPTION,
            Property.URL)) {
      assertEquals(value(inFeed, property), value(moved, property), property);
    }
  }

  @Test
  void aTalkTakenOutIsItsLastEventCancelledWithTheNewVersion() throws Exception {
    PublishedProgramme two = programme(2);
    PublishedProgramme three = withoutAromanian();

    String ics = calendar.ics(two, three, SpeakerChanges.between(two, three), List.of());

    Calendar parsed = parse(ics);
    ValidationResult result = parsed.validate();
    assertFalse(result.hasErrors(), () -> result + "\n" + ics);
    VEvent gone = byUid(parsed).get("contribution-103@colloquium.example.ro");
    assertEquals("CANCELLED", value(gone, Property.STATUS));
    assertEquals("3", value(gone, Property.SEQUENCE));
    assertEquals("20260508T070000Z", value(gone, Property.DTSTAMP));
    assertEquals("20260513T110000", value(gone, Property.DTSTART));
    assertEquals("Vowel reduction in Aromanian", value(gone, Property.SUMMARY));
    assertEquals(1, parsed.getComponents(Component.VEVENT).size());
  }

  @Test
  void linesStayWithinSeventyFiveOctetsAndTheFileIsNamedAfterTheRelease() {
    PublishedProgramme one = programme(1);
    PublishedProgramme two = programme(2);

    String ics = calendar.ics(one, two, SpeakerChanges.between(one, two), List.of());

    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(UTF_8).length <= 75, line);
    }
    assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
    assertEquals("cilr-2026-programme-2.ics", SpeakerCalendar.fileName(two));
  }

  private static String feed(PublishedProgramme programme) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CalendarFeed(LINKS).writeAgenda(programme, java.util.Set.of(401L), out);
    return out.toString(UTF_8);
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static Map<String, VEvent> byUid(Calendar calendar) {
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    return events.stream()
        .collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
  }

  private static String value(Component component, String property) {
    return component
        .getProperty(property)
        .orElseThrow(() -> new AssertionError(property))
        .getValue();
  }
}
