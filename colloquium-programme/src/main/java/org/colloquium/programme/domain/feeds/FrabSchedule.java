package org.colloquium.programme.domain.feeds;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeRoom;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.ProgrammeTrack;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.SessionKind;

/**
 * A release of the programme in frab's schedule format, as {@code schedule.xml} and {@code
 * schedule.json}: what conference apps (Giggity, ConfClerk) and the c3voc recording tools read.
 * Both follow the c3voc schemas kept beside the tests.
 *
 * <p>Entries are {@link ProgrammeItem}'s, as in the calendar. Frab puts every event in a room, so a
 * block with no room (a break for everyone) is left out. A contribution keeps its own id, so the
 * numbers match the programme's pages; a block gets {@link #SESSION_ID_BASE} plus its session's id,
 * which keeps the two apart for tools that key on ids. GUIDs are name-based UUIDs of the event's
 * slug and the entry, so they survive releases.
 */
public final class FrabSchedule {

  /** Added to a session's id to make a block's frab id (see the class comment). */
  public static final long SESSION_ID_BASE = 1_000_000_000L;

  static final String GENERATOR = "Colloquium";
  static final String JSON_SCHEMA = "https://c3voc.de/schedule/schema.json";

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
  private static final int SLUG_TITLE_LENGTH = 50;

  /**
   * What recording tools are told about every event.
   *
   * @param license the licence recordings are published under ("" when none is agreed)
   * @param optOut whether the event must not be recorded
   */
  public record Recording(String license, boolean optOut) {

    /**
     * Colloquium asks no one for consent to be recorded, so unless the organisers say otherwise the
     * tools are told to record nothing.
     */
    public static final Recording NOT_AGREED = new Recording("", true);

    public Recording {
      Objects.requireNonNull(license, "license");
    }
  }

  private final FeedLinks links;
  private final Recording recording;

  public FrabSchedule(FeedLinks links) {
    this(links, Recording.NOT_AGREED);
  }

  public FrabSchedule(FeedLinks links, Recording recording) {
    this.links = Objects.requireNonNull(links, "links");
    this.recording = Objects.requireNonNull(recording, "recording");
  }

  /** The stable GUID of a contribution's entry. */
  public static UUID contributionGuid(String eventSlug, long contributionId) {
    return nameUuid(eventSlug + "/contribution/" + contributionId);
  }

  /** The stable GUID of a block's entry. */
  public static UUID sessionGuid(String eventSlug, long sessionId) {
    return nameUuid(eventSlug + "/session/" + sessionId);
  }

  /** The stable GUID of a room. */
  public static UUID roomGuid(String eventSlug, long roomId) {
    return nameUuid(eventSlug + "/room/" + roomId);
  }

  private static UUID nameUuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code schedule.xml} in UTF-8. */
  public void writeXml(PublishedProgramme programme, OutputStream out) throws IOException {
    Schedule schedule = schedule(programme);
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      Xml w = new Xml(xml);
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      w.open("schedule");
      w.indent();
      xml.writeEmptyElement("generator");
      xml.writeAttribute("name", GENERATOR);
      w.leaf("version", schedule.version());
      w.open("conference");
      w.leaf("acronym", schedule.acronym());
      w.leaf("title", schedule.title());
      w.leaf("start", schedule.start().toString());
      w.leaf("end", schedule.end().toString());
      w.leaf("days", Integer.toString(schedule.days().size()));
      w.leaf("timeslot_duration", clock(schedule.timeslot()));
      w.leaf("base_url", links.baseUrl().toString() + "/");
      w.leaf("time_zone_name", schedule.zone().getId());
      w.close();
      for (Day day : schedule.days()) {
        w.open(
            "day",
            "index",
            Integer.toString(day.index()),
            "date",
            day.date().toString(),
            "start",
            dateTime(day.start(), schedule.zone()),
            "end",
            dateTime(day.end(), schedule.zone()));
        for (Map.Entry<ProgrammeRoom, List<Entry>> room : day.rooms().entrySet()) {
          w.open("room", "name", room.getKey().name());
          for (Entry entry : room.getValue()) {
            writeXmlEvent(w, entry, schedule.zone());
          }
          w.close();
        }
        w.close();
      }
      w.close();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Could not write schedule.xml", e);
    }
    out.flush();
  }

  private void writeXmlEvent(Xml w, Entry entry, ZoneId zone) throws XMLStreamException {
    w.open("event", "guid", entry.guid().toString(), "id", Long.toString(entry.id()));
    w.leaf("date", dateTime(entry.start(), zone));
    w.leaf("start", entry.start().atZone(zone).format(CLOCK));
    w.leaf("duration", clock(Duration.between(entry.start(), entry.end())));
    w.leaf("room", entry.room().name());
    w.leaf("slug", entry.slug());
    w.leaf("url", entry.url().toString());
    w.leaf("title", entry.title());
    w.leaf("subtitle", entry.subtitle());
    w.leaf("track", entry.track());
    w.leaf("type", entry.type());
    w.leaf("language", entry.language());
    w.leaf("abstract", entry.abstractText());
    w.leaf("description", entry.description());
    w.open("recording");
    w.leaf("license", recording.license());
    w.leaf("optout", Boolean.toString(recording.optOut()));
    w.close();
    w.open("persons");
    for (String person : entry.persons()) {
      w.leaf("person", person);
    }
    w.close();
    w.open("links");
    w.leaf("link", entry.linkTitle(), "href", entry.url().toString());
    w.close();
    w.empty("attachments");
    w.close();
  }

  /** Writes {@code schedule.json} in UTF-8. */
  public void writeJson(PublishedProgramme programme, OutputStream out) throws IOException {
    Schedule schedule = schedule(programme);
    ZoneId zone = schedule.zone();
    JsonGenerator json =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(out, StandardCharsets.UTF_8);
    json.writeStartObject();
    json.write("$schema", JSON_SCHEMA);
    json.writeStartObject("schedule");
    json.write("version", schedule.version());
    json.write("base_url", links.baseUrl().toString() + "/");
    json.writeStartObject("conference");
    json.write("acronym", schedule.acronym());
    json.write("title", schedule.title());
    json.write("start", schedule.start().toString());
    json.write("end", schedule.end().toString());
    json.write("daysCount", schedule.days().size());
    json.write("timeslot_duration", clock(schedule.timeslot()));
    json.write("time_zone_name", zone.getId());
    json.write("url", links.programme().toString());
    json.writeStartArray("rooms");
    for (ProgrammeRoom room : programme.rooms()) {
      json.writeStartObject();
      json.write("name", room.name());
      json.write("guid", roomGuid(links.eventSlug(), room.id()).toString());
      if (room.capacity() == null) {
        json.writeNull("capacity");
      } else {
        json.write("capacity", room.capacity());
      }
      json.writeEnd();
    }
    json.writeEnd();
    json.writeStartArray("days");
    for (Day day : schedule.days()) {
      json.writeStartObject();
      json.write("index", day.index());
      json.write("date", day.date().toString());
      json.write("day_start", dateTime(day.start(), zone));
      json.write("day_end", dateTime(day.end(), zone));
      json.writeStartObject("rooms");
      for (Map.Entry<ProgrammeRoom, List<Entry>> room : day.rooms().entrySet()) {
        json.writeStartArray(room.getKey().name());
        for (Entry entry : room.getValue()) {
          writeJsonEvent(json, entry, zone);
        }
        json.writeEnd();
      }
      json.writeEnd();
      json.writeEnd();
    }
    json.writeEnd();
    json.writeEnd();
    json.writeEnd();
    json.writeEnd();
    json.flush();
    json.close();
  }

  private void writeJsonEvent(JsonGenerator json, Entry entry, ZoneId zone) {
    json.writeStartObject();
    json.write("id", entry.id());
    json.write("guid", entry.guid().toString());
    json.write("logo", "");
    json.write("date", dateTime(entry.start(), zone));
    json.write("start", entry.start().atZone(zone).format(CLOCK));
    json.write("duration", clock(Duration.between(entry.start(), entry.end())));
    json.write("room", entry.room().name());
    json.write("slug", entry.slug());
    json.write("url", entry.url().toString());
    json.write("title", entry.title());
    json.write("subtitle", entry.subtitle());
    json.write("track", entry.track());
    json.write("type", entry.type());
    json.write("language", entry.language());
    json.write("abstract", entry.abstractText());
    json.write("description", entry.description());
    json.write("recording_license", recording.license());
    json.write("do_not_record", recording.optOut());
    json.writeStartArray("persons");
    for (String person : entry.persons()) {
      // "name" for pretalx-style readers, "public_name" for frab's own.
      json.writeStartObject().write("name", person).write("public_name", person).writeEnd();
    }
    json.writeEnd();
    json.writeStartArray("links");
    json.writeStartObject()
        .write("url", entry.url().toString())
        .write("title", entry.linkTitle())
        .writeEnd();
    json.writeEnd();
    json.writeStartArray("attachments").writeEnd();
    json.writeStartArray("answers").writeEnd();
    json.writeEnd();
  }

  private record Schedule(
      String version,
      String acronym,
      String title,
      LocalDate start,
      LocalDate end,
      ZoneId zone,
      Duration timeslot,
      List<Day> days) {}

  private record Day(
      int index,
      LocalDate date,
      Instant start,
      Instant end,
      Map<ProgrammeRoom, List<Entry>> rooms) {}

  private record Entry(
      long id,
      UUID guid,
      Instant start,
      Instant end,
      ProgrammeRoom room,
      String title,
      String subtitle,
      String type,
      String language,
      String abstractText,
      String description,
      String slug,
      URI url,
      String linkTitle,
      String track,
      List<String> persons) {}

  private Schedule schedule(PublishedProgramme programme) {
    PublishedProgramme.EventFacts event = programme.event();
    ZoneId zone = event.zone();
    Labels labels = Labels.of(event.language());
    List<Entry> entries = new ArrayList<>();
    for (ProgrammeItem item : ProgrammeItem.of(programme)) {
      if (item.session().roomId() == null) {
        continue;
      }
      programme
          .room(item.session().roomId())
          .ifPresent(room -> entries.add(entry(programme, item, room, labels)));
    }
    List<Day> days = new ArrayList<>();
    int index = 1;
    for (LocalDate date : programme.days()) {
      List<ProgrammeSession> sessions =
          programme.sessions().stream()
              .filter(s -> s.kind().isPublic())
              .filter(s -> s.start().atZone(zone).toLocalDate().equals(date))
              .toList();
      if (sessions.isEmpty()) {
        continue;
      }
      Map<ProgrammeRoom, List<Entry>> rooms = new LinkedHashMap<>();
      for (ProgrammeRoom room : programme.rooms()) {
        List<Entry> inRoom =
            entries.stream()
                .filter(e -> e.room().id().equals(room.id()))
                .filter(e -> e.start().atZone(zone).toLocalDate().equals(date))
                .sorted(Comparator.comparing(Entry::start))
                .toList();
        if (!inRoom.isEmpty()) {
          rooms.put(room, inRoom);
        }
      }
      Instant start =
          sessions.stream()
              .map(ProgrammeSession::start)
              .min(Comparator.naturalOrder())
              .orElseThrow();
      Instant end =
          sessions.stream().map(ProgrammeSession::end).max(Comparator.naturalOrder()).orElseThrow();
      days.add(new Day(index++, date, start, end, rooms));
    }
    LocalDate first = event.start().atZone(zone).toLocalDate();
    LocalDate last = event.end().atZone(zone).toLocalDate();
    return new Schedule(
        Integer.toString(programme.version()),
        links.eventSlug().toLowerCase(Locale.ROOT),
        event.title(),
        first,
        last,
        zone,
        timeslot(entries, zone),
        days);
  }

  private Entry entry(
      PublishedProgramme programme, ProgrammeItem item, ProgrammeRoom room, Labels labels) {
    ProgrammeSession session = item.session();
    String track =
        item.trackId() == null
            ? ""
            : programme.track(item.trackId()).map(ProgrammeTrack::name).orElse("");
    String eventLanguage = programme.event().language().code();
    if (item.isContribution()) {
      ProgrammeContribution c = item.contribution();
      String context = labels.session() + ": " + session.title();
      if (c.board() != null) {
        context += "\n" + labels.board() + " " + c.board();
      }
      return new Entry(
          c.id(),
          contributionGuid(links.eventSlug(), c.id()),
          c.start(),
          c.end(),
          room,
          c.title(),
          "",
          FeedText.orEmpty(c.typeName()),
          firstOf(c.language(), session.language(), eventLanguage),
          FeedText.plain(c.abstractMarkdown()),
          context,
          slug(c.id(), c.title()),
          links.contribution(c.id()),
          c.title(),
          track,
          c.speakers().stream().map(ProgrammeAuthor::fullName).toList());
    }
    List<String> parts = new ArrayList<>();
    if (session.description() != null && !session.description().isBlank()) {
      parts.add(session.description().strip());
    }
    if (!session.chairs().isEmpty()) {
      parts.add(labels.chairs() + ": " + String.join(", ", session.chairs()));
    }
    List<String> persons = new ArrayList<>(session.chairs());
    if (session.kind() == SessionKind.POSTERS && !session.contributions().isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (ProgrammeContribution poster : session.contributions()) {
        lines.add(FeedText.posterLine(poster));
        poster.speakers().stream()
            .map(ProgrammeAuthor::fullName)
            .filter(name -> !persons.contains(name))
            .forEach(persons::add);
      }
      parts.add(labels.posters() + ":\n" + String.join("\n", lines));
    }
    long id = SESSION_ID_BASE + session.id();
    return new Entry(
        id,
        sessionGuid(links.eventSlug(), session.id()),
        session.start(),
        session.end(),
        room,
        session.title(),
        FeedText.orEmpty(session.titleSecond()),
        session.kind().name().toLowerCase(Locale.ROOT),
        firstOf(session.language(), eventLanguage),
        String.join("\n\n", parts),
        "",
        slug(id, session.title()),
        links.session(session.id()),
        session.title(),
        track,
        List.copyOf(persons));
  }

  /** "{event}-{id}-{title}", the form frab and pretalx give and recording tools name files by. */
  private String slug(long id, String title) {
    String event = FeedText.slug(links.eventSlug(), 40);
    String words = FeedText.slug(title, SLUG_TITLE_LENGTH);
    return event + "-" + id + (words.isEmpty() ? "" : "-" + words);
  }

  private static String firstOf(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate;
      }
    }
    return "";
  }

  /**
   * The grid apps draw: the largest step every start and length fits on, never under five minutes
   * (so an odd 07-minute talk cannot make the grid unreadable), 15 minutes when there is nothing.
   */
  private static Duration timeslot(List<Entry> entries, ZoneId zone) {
    long step = 0;
    for (Entry entry : entries) {
      ZonedDateTime start = entry.start().atZone(zone);
      step = gcd(step, start.getHour() * 60L + start.getMinute());
      step = gcd(step, Duration.between(entry.start(), entry.end()).toMinutes());
    }
    if (step == 0) {
      step = 15;
    }
    return Duration.ofMinutes(Math.max(5, Math.min(step, 60)));
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static String clock(Duration duration) {
    long minutes = duration.toMinutes();
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }

  private static String dateTime(Instant instant, ZoneId zone) {
    return instant.atZone(zone).format(DATE_TIME);
  }

  /** Indents as it goes, so people who debug a feed can read it; StAX escapes all text. */
  private static final class Xml {
    private final XMLStreamWriter xml;
    private int depth;

    Xml(XMLStreamWriter xml) {
      this.xml = xml;
    }

    void indent() throws XMLStreamException {
      xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    void open(String name, String... attributes) throws XMLStreamException {
      if (depth > 0) {
        indent();
      } else {
        xml.writeCharacters("\n");
      }
      xml.writeStartElement(name);
      for (int i = 0; i < attributes.length; i += 2) {
        xml.writeAttribute(attributes[i], FeedText.xml(attributes[i + 1]));
      }
      depth++;
    }

    void close() throws XMLStreamException {
      depth--;
      indent();
      xml.writeEndElement();
    }

    void empty(String name) throws XMLStreamException {
      indent();
      xml.writeEmptyElement(name);
    }

    void leaf(String name, String text, String... attributes) throws XMLStreamException {
      indent();
      xml.writeStartElement(name);
      for (int i = 0; i < attributes.length; i += 2) {
        xml.writeAttribute(attributes[i], FeedText.xml(attributes[i + 1]));
      }
      xml.writeCharacters(FeedText.xml(text));
      xml.writeEndElement();
    }
  }
}
