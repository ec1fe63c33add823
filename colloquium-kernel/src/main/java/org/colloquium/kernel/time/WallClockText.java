package org.colloquium.kernel.time;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A date and time as people type it into forms: "2026-03-29T03:30" as a browser's date-time field
 * sends it (seconds optional), or "2026-03-29 03:30" typed by hand. Which zone it is meant in is
 * the caller's business; every form of the application reads it through here.
 */
public final class WallClockText {

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

  private WallClockText() {}

  /** The wall-clock time typed, or empty if the text is blank or not a real date and time. */
  public static Optional<LocalDateTime> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(text.strip(), INPUT));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
