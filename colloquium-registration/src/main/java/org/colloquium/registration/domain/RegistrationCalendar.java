package org.colloquium.registration.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.colloquium.kernel.text.ContentLines;

/**
 * The calendar file mailed with a registration's confirmation: the event from its start to its end
 * (in UTC, so no time zone block is needed), where the registrant attends it (the venue in person,
 * the event's page online, since join links are never in a mail's attachment), and a UID per
 * registration, so that a later file (a switch of mode, a cancellation) updates the same entry.
 */
public final class RegistrationCalendar {

  public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
  private static final String PRODUCT_ID = "-//Colloquium//Registration//EN";

  /**
   * What the entry says.
   *
   * @param sequence grows with every file sent for the same registration
   * @param cancelled the registration ended: calendars remove the entry
   */
  public record Entry(
      Long registrationId,
      String host,
      String eventTitle,
      Instant start,
      Instant end,
      String location,
      URI eventPage,
      String description,
      int sequence,
      boolean cancelled,
      Instant stamp) {}

  private RegistrationCalendar() {}

  public static String fileName(String slug) {
    return slug + ".ics";
  }

  public static String ics(Entry entry) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    VEvent event = new VEvent(entry.start(), entry.end(), entry.eventTitle());
    event.replace(new DtStamp(entry.stamp()));
    event.add(new Uid("registration-" + entry.registrationId() + "@" + entry.host()));
    event.add(new Sequence(entry.sequence()));
    if (entry.location() != null && !entry.location().isBlank()) {
      event.add(new Location(entry.location()));
    }
    event.add(new Url(entry.eventPage()));
    if (entry.description() != null) {
      event.add(new Description(entry.description()));
    }
    event.add(
        entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    calendar.add(event);
    StringWriter text = new StringWriter();
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, text);
      ContentLines.refold(text.toString(), out);
    } catch (ValidationException e) {
      throw new IllegalStateException("ical4j refused the calendar it was not asked to check", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
