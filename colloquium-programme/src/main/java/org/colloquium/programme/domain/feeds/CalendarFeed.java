package org.colloquium.programme.domain.feeds;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.colloquium.kernel.text.ContentLines;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeRoom;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.ProgrammeTrack;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.SessionKind;

/**
 * A release of the programme as an iCalendar feed (RFC 5545), for subscribing to the whole
 * programme or for a visitor's own agenda.
 *
 * <p>What becomes an event is {@link ProgrammeItem}'s choice: talks, panels and roundtables each
 * with their own slot; keynotes, plenaries, breaks and sessions without contributions as blocks;
 * the poster session as one event (in an agenda, a chosen poster is its own event at its board).
 * UIDs are {@code contribution-{id}@host} and {@code session-{id}@host}, SEQUENCE is the release's
 * version and DTSTAMP its publication, so a calendar that subscribed moves an item in place when a
 * later release moves it. Times carry the event's zone with its VTIMEZONE, so the programme stays
 * right for a visitor's calendar in another zone.
 */
public final class CalendarFeed {

  static final String PRODUCT_ID = "-//Colloquium//Programme//EN";
  // RFC 5545 §3.1: lines should not be longer than 75 octets, the line break excluded.

  private final FeedLinks links;

  public CalendarFeed(FeedLinks links) {
    this.links = Objects.requireNonNull(links, "links");
  }

  /** The whole programme of a release. */
  public Calendar programme(PublishedProgramme programme) {
    return calendar(programme, ProgrammeItem.of(programme), programme.event().title());
  }

  /**
   * A visitor's agenda: the given contributions of a release. Ids not in the release (withdrawn
   * since the visitor chose them) are left out rather than refused, so an old agenda link keeps
   * working.
   */
  public Calendar agenda(PublishedProgramme programme, Set<Long> contributionIds) {
    return calendar(
        programme,
        ProgrammeItem.chosen(programme, Set.copyOf(contributionIds)),
        programme.event().title());
  }

  public void writeProgramme(PublishedProgramme programme, Writer out) throws IOException {
    write(programme(programme), out);
  }

  /** Writes UTF-8, the charset RFC 5545 prescribes. */
  public void writeProgramme(PublishedProgramme programme, OutputStream out) throws IOException {
    write(programme(programme), out);
  }

  public void writeAgenda(PublishedProgramme programme, Set<Long> contributionIds, Writer out)
      throws IOException {
    write(agenda(programme, contributionIds), out);
  }

  public void writeAgenda(PublishedProgramme programme, Set<Long> contributionIds, OutputStream out)
      throws IOException {
    write(agenda(programme, contributionIds), out);
  }

  private static void write(Calendar calendar, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(calendar, writer);
    writer.flush();
  }

  static void write(Calendar calendar, Writer out) throws IOException {
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, text);
    } catch (ValidationException e) {
      throw new IllegalStateException("ical4j refused the calendar it was not asked to check", e);
    }
    ContentLines.refold(text.toString(), out);
  }

  /** The VTIMEZONE that times in {@code zone} refer to. */
  static TimeZone timeZone(ZoneId zone) {
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    TimeZone timeZone = registry.getTimeZone(zone.getId());
    if (timeZone == null) {
      throw new IllegalArgumentException("ical4j has no VTIMEZONE for " + zone.getId());
    }
    return timeZone;
  }

  private Calendar calendar(PublishedProgramme programme, List<ProgrammeItem> items, String name) {
    ZoneId zone = programme.event().zone();
    TimeZone timeZone = timeZone(zone);
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    // No METHOD: PUBLISH would make this an iTIP message (RFC 5546), which needs an ORGANIZER
    // with an address, and the public feed has no one's address to give.
    // Not RFC 5545, but what Google, Apple and Outlook show as the subscribed calendar's name.
    calendar.add(new XProperty("X-WR-CALNAME", name));
    calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
    calendar.add(timeZone.getVTimeZone());
    Labels labels = Labels.of(programme.event().language());
    for (ProgrammeItem item : items) {
      calendar.add(event(programme, item, zone, labels));
    }
    return calendar;
  }

  /**
   * One item as its VEVENT, stamped with the release it comes from: the speakers' calendar mail
   * ({@link SpeakerCalendar}) sends the same event, so that it updates the one a subscribed
   * calendar already has.
   */
  VEvent event(PublishedProgramme programme, ProgrammeItem item, ZoneId zone, Labels labels) {
    ProgrammeSession session = item.session();
    ZonedDateTime start = item.start().atZone(zone);
    ZonedDateTime end = item.end().atZone(zone);
    VEvent event = new VEvent(start, end, item.title());
    String uid;
    String description;
    if (item.isContribution()) {
      ProgrammeContribution contribution = item.contribution();
      uid = "contribution-" + contribution.id() + "@" + links.host();
      description = contributionText(contribution, session, labels);
      event.add(new Url(links.contribution(contribution.id())));
    } else {
      uid = "session-" + session.id() + "@" + links.host();
      description = sessionText(session, labels);
      event.add(new Url(links.session(session.id())));
    }
    event.add(new Uid(uid));
    // The release's time, not the request's: the same release must give the same bytes.
    event.replace(new DtStamp(programme.publishedAt()));
    event.add(new Sequence(programme.version()));
    if (!description.isEmpty()) {
      event.add(new Description(description));
    }
    String location = location(programme, item, labels);
    if (!location.isEmpty()) {
      event.add(new Location(location));
    }
    if (item.trackId() != null) {
      programme
          .track(item.trackId())
          .map(ProgrammeTrack::name)
          .ifPresent(track -> event.add(new Categories(track)));
    }
    return event;
  }

  private static String contributionText(
      ProgrammeContribution contribution, ProgrammeSession session, Labels labels) {
    List<String> parts = new ArrayList<>();
    if (!contribution.speakers().isEmpty()) {
      parts.add(labels.speakers() + ": " + FeedText.people(contribution.speakers()));
    }
    parts.add(labels.session() + ": " + session.title());
    String text = String.join("\n", parts);
    String summary = FeedText.plain(contribution.abstractMarkdown());
    return summary.isEmpty() ? text : text + "\n\n" + summary;
  }

  private static String sessionText(ProgrammeSession session, Labels labels) {
    List<String> parts = new ArrayList<>();
    if (session.description() != null && !session.description().isBlank()) {
      parts.add(session.description().strip());
    }
    if (!session.chairs().isEmpty()) {
      parts.add(labels.chairs() + ": " + String.join(", ", session.chairs()));
    }
    if (session.kind() == SessionKind.POSTERS && !session.contributions().isEmpty()) {
      parts.add(
          labels.posters()
              + ":\n"
              + session.contributions().stream()
                  .map(FeedText::posterLine)
                  .collect(Collectors.joining("\n")));
    }
    return String.join("\n\n", parts);
  }

  private static String location(PublishedProgramme programme, ProgrammeItem item, Labels labels) {
    List<String> parts = new ArrayList<>();
    if (item.isContribution() && item.contribution().board() != null) {
      parts.add(labels.board() + " " + item.contribution().board());
    }
    Long roomId = item.session().roomId();
    if (roomId != null) {
      programme.room(roomId).map(ProgrammeRoom::name).ifPresent(parts::add);
    }
    String venue = programme.event().venueName();
    if (venue != null && !venue.isBlank()) {
      parts.add(venue);
    }
    return String.join(", ", parts);
  }
}
