package org.colloquium.events.news.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.colloquium.kernel.time.WallClockText;

/**
 * A publication time as organisers type it: a wall-clock time in the event's zone (or the site's),
 * "2026-03-29T03:30" as a browser's date-time field sends it, or "2026-03-29 03:30" typed by hand.
 */
public final class PublicationTime {

  private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

  private PublicationTime() {}

  /**
   * The moment meant by {@code text} in {@code zone}; empty if it is not a date and time. A time
   * the clocks skip (the spring change) means the moment just after the gap, as a wall clock would
   * show it; a time that happens twice (the autumn change) means the first.
   */
  public static Optional<Instant> parse(String text, ZoneId zone) {
    return WallClockText.parse(text)
        .map(local -> ZonedDateTime.ofLocal(local, zone, null).toInstant());
  }

  /** The form's value for a moment: wall-clock time in {@code zone}, minutes only. */
  public static String format(Instant instant, ZoneId zone) {
    return instant == null ? "" : OUTPUT.format(instant.atZone(zone));
  }
}
