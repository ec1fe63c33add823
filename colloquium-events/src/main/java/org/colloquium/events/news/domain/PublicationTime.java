package org.colloquium.events.news.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A publication time as organisers type it: a wall-clock time in the event's zone (or the site's),
 * "2026-03-29T03:30" as a browser's date-time field sends it, or "2026-03-29 03:30" typed by hand.
 */
public final class PublicationTime {

  private static final DateTimeFormatter INPUT =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd")
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendPattern("HH:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalEnd()
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

  private PublicationTime() {}

  /**
   * The moment meant by {@code text} in {@code zone}; empty if it is not a date and time. A time
   * the clocks skip (the spring change) means the moment just after the gap, as a wall clock would
   * show it; a time that happens twice (the autumn change) means the first.
   */
  public static Optional<Instant> parse(String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      LocalDateTime local = LocalDateTime.parse(text.strip(), INPUT);
      return Optional.of(ZonedDateTime.ofLocal(local, zone, null).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The form's value for a moment: wall-clock time in {@code zone}, minutes only. */
  public static String format(Instant instant, ZoneId zone) {
    return instant == null ? "" : OUTPUT.format(instant.atZone(zone));
  }
}
