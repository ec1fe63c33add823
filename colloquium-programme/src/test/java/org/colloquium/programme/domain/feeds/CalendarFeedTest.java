package org.colloquium.programme.domain.feeds;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.colloquium.programme.domain.feeds.FeedFixtures.CYRILLIC_ABSTRACT;
import static org.colloquium.programme.domain.feeds.FeedFixtures.CYRILLIC_NAME;
import static org.colloquium.programme.domain.feeds.FeedFixtures.LINKS;
import static org.colloquium.programme.domain.feeds.FeedFixtures.TRICKY_TITLE;
import static org.colloquium.programme.domain.feeds.FeedFixtures.programme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

  private final CalendarFeed feed = new CalendarFeed(LINKS);

  @Test
  void theWholeProgrammeParsesBackAndValidates() throws Exception {
    Calendar parsed = parse(programmeBytes(programme(1)));

    ValidationResult result = parsed.validate();

    assertFalse(result.hasErrors(), () -> result.toString());
    assertEquals(1, parsed.getComponents(Component.VTIMEZONE).size());
    assertEquals(
        "Europe/Bucharest",
        parsed
            .getComponents(Component.VTIMEZONE)
            .get(0)
            .getProperty(Property.TZID)
            .orElseThrow()
            .getValue());
  }

  @Test
  void talksAndBlocksAreEventsButNotTheSessionsAroundTalksNorBlockersNorSinglePosters()
      throws Exception {
    Map<String, VEvent> events = eventsByUid(parse(programmeBytes(programme(1))));

    Set<String> expected =
        new TreeSet<>(
            List.of(
                "contribution-101@colloquium.example.ro",
                "contribution-102@colloquium.example.ro",
                "contribution-103@colloquium.example.ro",
                "contribution-201@colloquium.example.ro",
                "contribution-202@colloquium.example.ro",
                "contribution-401@colloquium.example.ro",
                "contribution-402@colloquium.example.ro",
                "session-1@colloquium.example.ro",
                "session-4@colloquium.example.ro",
                "session-5@colloquium.example.ro",
                "session-7@colloquium.example.ro",
                "session-9@colloquium.example.ro"));
    assertEquals(expected, new TreeSet<>(events.keySet()));
    String posters = value(events.get("session-5@colloquium.example.ro"), Property.DESCRIPTION);
    assertTrue(posters.contains("P1 — Atlasul graiurilor din Bucovina (Ioan Hrițcu"), posters);
    assertTrue(posters.contains("P2 — Împrumuturi slave în toponimie"), posters);
  }

  @Test
  void aTalkCarriesItsZoneReleaseAndLinks() throws Exception {
    VEvent talk =
        eventsByUid(parse(programmeBytes(programme(1))))
            .get("contribution-101@colloquium.example.ro");

    Property start = talk.getProperty(Property.DTSTART).orElseThrow();
    assertEquals("20260513T100000", start.getValue());
    assertEquals("Europe/Bucharest", start.getParameter(Parameter.TZID).orElseThrow().getValue());
    assertEquals("20260513T103000", value(talk, Property.DTEND));
    assertEquals("20260420T080000Z", value(talk, Property.DTSTAMP));
    assertEquals("1", value(talk, Property.SEQUENCE));
    assertEquals(TRICKY_TITLE, value(talk, Property.SUMMARY));
    assertEquals(
        "Aula Magna „Ștefan Procopiu”, Universitatea „Alexandru Ioan Cuza” din Iași",
        value(talk, Property.LOCATION));
    assertEquals(
        "https://colloquium.example.ro/events/cilr-2026/programme/contributions/101",
        value(talk, Property.URL));
    assertEquals("Lingvistică istorică", value(talk, Property.CATEGORIES));
    String description = value(talk, Property.DESCRIPTION);
    assertTrue(
        description.startsWith(
            "Prezintă: Ștefan Mureșanu (Universitatea din Iași)\nSecțiunea: Fonetică istorică\n\n"),
        description);
    assertTrue(description.contains("evoluția diftongilor"), description);
    assertTrue(description.contains("Codicele Voronețean (https://example.ro/cv)"), description);
    assertFalse(description.contains("**"), description);
    assertFalse(description.contains("Ana Țurcanu"), "only presenting authors: " + description);
  }

  @Test
  void aBreakForEveryoneIsAtTheVenueAndLinksToItsSession() throws Exception {
    VEvent coffee =
        eventsByUid(parse(programmeBytes(programme(1)))).get("session-4@colloquium.example.ro");

    assertEquals("Pauză de cafea", value(coffee, Property.SUMMARY));
    assertEquals("Universitatea „Alexandru Ioan Cuza” din Iași", value(coffee, Property.LOCATION));
    assertEquals(
        "https://colloquium.example.ro/events/cilr-2026/programme/sessions/4",
        value(coffee, Property.URL));
  }

  @Test
  void linesAreFoldedWithinSeventyFiveOctetsAndNeverInsideACharacter() throws Exception {
    byte[] bytes = programmeBytes(programme(1));

    List<byte[]> lines = splitCrlf(bytes);
    int folded = 0;
    for (byte[] line : lines) {
      assertTrue(line.length <= 75, () -> "longer than 75 octets: " + new String(line, UTF_8));
      // A fold inside a multi-byte character leaves each half undecodable on its own.
      strictUtf8(line);
      if (line.length > 0 && line[0] == ' ') {
        folded++;
      }
    }
    assertTrue(folded > 10, "the fixture's long texts must be folded: " + folded);
    String raw = new String(bytes, UTF_8);
    assertTrue(raw.contains("\r\n "), "folds are CRLF and a space");
    VEvent russian = eventsByUid(parse(bytes)).get("contribution-102@colloquium.example.ro");
    String description = value(russian, Property.DESCRIPTION);
    assertTrue(description.contains(CYRILLIC_NAME), description);
    assertTrue(description.endsWith(CYRILLIC_ABSTRACT), description);
    VEvent romanian = eventsByUid(parse(bytes)).get("contribution-101@colloquium.example.ro");
    assertTrue(
        value(romanian, Property.DESCRIPTION)
            .contains(
                "Psaltirea Șcheiană; țesătura grafică a textelor arată schimbări în ș și ț."));
  }

  @Test
  void refoldingCutsBetweenCodePointsOnly() throws Exception {
    String line = "DESCRIPTION:" + "ș".repeat(40) + "Ж".repeat(40) + "😀".repeat(20);
    java.io.StringWriter out = new java.io.StringWriter();

    org.colloquium.kernel.text.ContentLines.refold(line + "\r\n", out);

    byte[] bytes = out.toString().getBytes(UTF_8);
    for (byte[] part : splitCrlf(bytes)) {
      assertTrue(part.length <= 75, () -> new String(part, UTF_8));
      strictUtf8(part);
    }
    assertEquals(line + "\r\n", out.toString().replace("\r\n ", ""));
  }

  @Test
  void aMovedTalkKeepsItsUidWithAHigherSequence() throws Exception {
    VEvent before =
        eventsByUid(parse(programmeBytes(programme(1))))
            .get("contribution-401@colloquium.example.ro");
    VEvent after =
        eventsByUid(parse(programmeBytes(programme(2))))
            .get("contribution-401@colloquium.example.ro");

    assertEquals("20260514T090000", value(before, Property.DTSTART));
    assertEquals("20260514T093000", value(after, Property.DTSTART));
    assertTrue(
        Integer.parseInt(value(after, Property.SEQUENCE))
            > Integer.parseInt(value(before, Property.SEQUENCE)));
    assertEquals("20260502T123000Z", value(after, Property.DTSTAMP));
  }

  @Test
  void anAgendaHoldsOnlyTheChosenContributionsAPosterAtItsBoard() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    feed.writeAgenda(programme(1), Set.of(102L, 301L, 999L), out);
    Calendar agenda = parse(out.toByteArray());

    ValidationResult result = agenda.validate();
    assertFalse(result.hasErrors(), () -> result.toString());
    Map<String, VEvent> events = eventsByUid(agenda);
    assertEquals(
        Set.of("contribution-102@colloquium.example.ro", "contribution-301@colloquium.example.ro"),
        events.keySet());
    VEvent poster = events.get("contribution-301@colloquium.example.ro");
    assertEquals(
        "Panoul P1, Holul central, Universitatea „Alexandru Ioan Cuza” din Iași",
        value(poster, Property.LOCATION));
    assertEquals("20260513T120000", value(poster, Property.DTSTART));
  }

  private byte[] programmeBytes(PublishedProgramme programme) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    feed.writeProgramme(programme, out);
    return out.toByteArray();
  }

  private static Calendar parse(byte[] bytes) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
  }

  private static Map<String, VEvent> eventsByUid(Calendar calendar) {
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

  private static List<byte[]> splitCrlf(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int from = 0;
    for (int i = 0; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, from, i));
        from = i + 2;
        i++;
      }
    }
    assertEquals(bytes.length, from, "the output ends with CRLF");
    return lines;
  }

  private static void strictUtf8(byte[] line) {
    try {
      UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line));
    } catch (CharacterCodingException e) {
      throw new AssertionError("a character is cut: " + new String(line, UTF_8), e);
    }
  }
}
