package org.colloquium.programme.domain.feeds;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.domain.timetable.SpeakerChanges.Change;
import org.colloquium.programme.domain.timetable.SpeakerChanges.SessionChange;

/**
 * The calendar file mailed to a speaker whose contributions a new release moved or took out (or a
 * chair whose session it moved): one VEVENT per contribution or chaired session, the same event the
 * programme's feeds give for it (UID {@code contribution-{id}@host}, SEQUENCE the new release's
 * version), so that a calendar that has it updates it in place. A contribution taken out comes as
 * its last published event with {@code STATUS:CANCELLED}.
 *
 * <p>Unlike the public feed, this is an iTIP {@code METHOD:PUBLISH} message (RFC 5546), which is
 * what makes mail programs offer to update the calendar; PUBLISH requires an ORGANIZER, here the
 * address the mail comes from.
 */
public final class SpeakerCalendar {

  /** The attachment's MIME type; the method repeats the calendar's, as RFC 6047 asks. */
  public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

  /**
   * Who publishes the events: the site that sends the mail.
   *
   * @param name shown by calendars as the organiser
   * @param email a plain address, without a display name
   */
  public record Publisher(String name, String email) {
    public Publisher {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(email, "email");
      if (!email.contains("@") || email.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>')) {
        throw new IllegalArgumentException("not a plain address: " + email);
      }
    }
  }

  private final CalendarFeed feed;
  private final Publisher publisher;

  public SpeakerCalendar(FeedLinks links, Publisher publisher) {
    this.feed = new CalendarFeed(links);
    this.publisher = Objects.requireNonNull(publisher, "publisher");
  }

  /** The attachment's name: the event and the release it comes from. */
  public static String fileName(PublishedProgramme next) {
    return next.event().slug() + "-programme-" + next.version() + ".ics";
  }

  /**
   * The calendar of {@code changes} and of the sessions the reader chairs ({@code chaired}, each as
   * the session's own event, UID {@code session-{id}@host}), as of {@code next}.
   *
   * @param previous the release the reader last had: a removed item's event comes from it
   */
  public String ics(
      PublishedProgramme previous,
      PublishedProgramme next,
      List<Change> changes,
      List<SessionChange> chaired) {
    ZoneId zone = next.event().zone();
    Labels labels = Labels.of(next.event().language());
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(CalendarFeed.PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(CalendarFeed.timeZone(zone).getVTimeZone());
    for (Change change : changes) {
      VEvent event;
      if (change.removed()) {
        event =
            feed.event(
                previous, new ProgrammeItem(change.beforeSession(), change.before()), zone, labels);
        // The newer version and stamp are what make a calendar take the cancellation.
        event.replace(new DtStamp(next.publishedAt()));
        event.replace(new Sequence(next.version()));
        event.add(ImmutableStatus.VEVENT_CANCELLED);
      } else {
        event =
            feed.event(
                next, new ProgrammeItem(change.afterSession(), change.after()), zone, labels);
      }
      event.add(organizer());
      calendar.add(event);
    }
    for (SessionChange change : chaired) {
      VEvent event;
      if (change.removed()) {
        event = feed.event(previous, new ProgrammeItem(change.before(), null), zone, labels);
        event.replace(new DtStamp(next.publishedAt()));
        event.replace(new Sequence(next.version()));
        event.add(ImmutableStatus.VEVENT_CANCELLED);
      } else {
        event = feed.event(next, new ProgrammeItem(change.after(), null), zone, labels);
      }
      event.add(organizer());
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      CalendarFeed.write(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private Organizer organizer() {
    Organizer organizer = new Organizer(URI.create("mailto:" + publisher.email()));
    organizer.add(new Cn(publisher.name()));
    return organizer;
  }
}
