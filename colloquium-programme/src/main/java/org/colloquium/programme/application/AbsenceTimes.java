package org.colloquium.programme.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.programme.api.UnavailabilityInput;

/**
 * The time an unavailability form names — a day, and optionally the hours of it, in the event's
 * zone — as instants, checked the same way on the organisers' page and on an author's submission
 * page.
 */
final class AbsenceTimes {

  static final int NOTE_LIMIT = 300;

  /** Null when a problem was found (and added). */
  record Interval(Instant start, Instant end) {}

  private AbsenceTimes() {}

  static Interval of(UnavailabilityInput input, ZoneId zone, List<Problem> problems) {
    if (input.day() == null) {
      problems.add(Problem.of("day", "programme.session.day.required"));
    }
    if ((input.from() == null) != (input.to() == null)) {
      problems.add(Problem.of("to", "programme.unavailability.bothTimes"));
      return null;
    }
    if (input.note() != null && input.note().strip().length() > NOTE_LIMIT) {
      problems.add(Problem.of("note", "programme.unavailability.note.tooLong", NOTE_LIMIT));
    }
    if (input.day() == null) {
      return null;
    }
    Instant start =
        (input.from() == null ? input.day().atStartOfDay() : input.day().atTime(input.from()))
            .atZone(zone)
            .toInstant();
    Instant end =
        (input.to() == null
                ? input.day().plusDays(1).atStartOfDay()
                : input.day().atTime(input.to()))
            .atZone(zone)
            .toInstant();
    if (!end.isAfter(start)) {
      problems.add(Problem.of("to", "programme.session.end.beforeStart"));
      return null;
    }
    return new Interval(start, end);
  }
}
