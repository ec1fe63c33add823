package org.colloquium.events.api;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.validation.Problem;

/**
 * When an event takes place: start and end as instants, and the IANA time zone in which it is held
 * and in which every date of it is shown ("9–11 November 2023, Bucharest time").
 */
public record EventSchedule(Instant start, Instant end, ZoneId zone) implements Serializable {

  public EventSchedule {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("an event ends after it starts");
    }
  }

  /**
   * Builds a schedule from the wall-clock times an organiser types in the event's zone. A time that
   * does not exist on a night the clocks go forward is moved forward by the gap, as {@link
   * ZonedDateTime#of} does; one that exists twice takes the earlier offset.
   */
  public static EventSchedule fromLocal(
      LocalDateTime start, LocalDateTime end, String zoneId, List<Problem> problems) {
    List<Problem> found = new ArrayList<>();
    ZoneId zone = null;
    if (zoneId == null || zoneId.isBlank()) {
      found.add(Problem.of("timeZone", "event.timeZone.required"));
    } else {
      try {
        zone = ZoneId.of(zoneId.strip());
      } catch (DateTimeException e) {
        found.add(Problem.of("timeZone", "event.timeZone.unknown", zoneId));
      }
    }
    if (start == null) {
      found.add(Problem.of("start", "event.start.required"));
    }
    if (end == null) {
      found.add(Problem.of("end", "event.end.required"));
    }
    if (found.isEmpty()) {
      Instant s = start.atZone(zone).toInstant();
      Instant e = end.atZone(zone).toInstant();
      if (!e.isAfter(s)) {
        found.add(Problem.of("end", "event.end.beforeStart"));
      } else {
        return new EventSchedule(s, e, zone);
      }
    }
    problems.addAll(found);
    return null;
  }

  public ZonedDateTime localStart() {
    return start.atZone(zone);
  }

  public ZonedDateTime localEnd() {
    return end.atZone(zone);
  }

  /** Upcoming until it has ended. */
  public boolean isOver(Instant now) {
    return !now.isBefore(end);
  }
}
