package org.colloquium.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates and times as pages write them: always in the event's time zone (a deadline is a moment in
 * Bucharest, whoever reads it) and in the visitor's language. {@code #{formats.dateRange(…)}}.
 */
@Named
@RequestScoped
public class Formats {

  @Inject LocaleSelection language;

  /** "9–11 November 2023", "30 October – 2 November 2023", "9 noiembrie 2023". */
  public String dateRange(Instant start, Instant end, ZoneId zone) {
    Locale locale = language.getLocale();
    ZonedDateTime s = start.atZone(zone);
    ZonedDateTime e = end.atZone(zone);
    DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    if (s.toLocalDate().equals(e.toLocalDate())) {
      return full.format(s);
    }
    if (s.getYear() == e.getYear() && s.getMonth() == e.getMonth()) {
      return s.getDayOfMonth() + "–" + full.format(e);
    }
    if (s.getYear() == e.getYear()) {
      return DateTimeFormatter.ofPattern("d MMMM", locale).format(s) + " – " + full.format(e);
    }
    return full.format(s) + " – " + full.format(e);
  }

  /** "11 January 2027, 23:59" in the zone given. */
  public String dateTime(Instant instant, ZoneId zone) {
    // Not ofLocalizedDateTime: for "en" it gives the US "January 11, 2027, 11:59 PM", unlike the
    // dates of dateRange on the same page.
    return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language.getLocale())
        .withZone(zone)
        .format(instant);
  }

  /** "Mon 3 May 2027", a day of the event's calendar. */
  public String day(LocalDate day) {
    return DateTimeFormatter.ofPattern("EEE d MMMM yyyy", language.getLocale()).format(day);
  }

  /** "09:30": a time of the day in the zone given (a programme's times are in the event's). */
  public String time(Instant instant, ZoneId zone) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(instant);
  }

  /** A date-time in UTC for administrators' tables. */
  public String utc(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneId.of("UTC"))
            .format(instant);
  }

  /** The zone's name in the visitor's language: "Eastern European Time", "Ora Europei de Est". */
  public String zoneName(ZoneId zone, Instant at) {
    boolean daylight = zone.getRules().isDaylightSavings(at);
    java.util.TimeZone tz = java.util.TimeZone.getTimeZone(zone);
    return tz.getDisplayName(daylight, java.util.TimeZone.LONG, language.getLocale());
  }

  /**
   * ISO 8601 with offset, for {@code <time datetime>}: to the millisecond at most, as HTML allows
   * no more than three digits of a fraction of a second.
   */
  public String iso(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        instant.truncatedTo(ChronoUnit.MILLIS).atZone(zone));
  }

  /** The country's name in the visitor's language. */
  public String country(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return new Locale("", code).getDisplayCountry(language.getLocale());
  }

  /** Used where only a zone's region is useful: "Europe/Bucharest" → "Bucharest". */
  public String city(ZoneId zone) {
    String id = zone.getId();
    return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
  }
}
