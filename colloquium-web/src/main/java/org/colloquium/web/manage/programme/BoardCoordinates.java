package org.colloquium.web.manage.programme;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The drag-and-drop board shows one day with the rooms as columns. The calendar widget knows days
 * as columns, not rooms, so the board lays room {@code i} on the calendar's day {@code day + i}:
 * moving a session one column right is moving it one day later for the widget and one room further
 * for us. Times are the event's wall-clock times; the widget runs in UTC so that it never shifts
 * them by the browser's zone.
 */
record BoardCoordinates(LocalDate day, ZoneId zone, int columns) implements Serializable {

  /** Where the widget shows a moment of the day in a column; past midnight sticks to 24:00. */
  LocalDateTime at(int column, Instant moment) {
    LocalDateTime local = moment.atZone(zone).toLocalDateTime();
    LocalDateTime columnStart = day.plusDays(column).atStartOfDay();
    if (local.toLocalDate().isBefore(day)) {
      return columnStart;
    }
    if (local.toLocalDate().isAfter(day)) {
      return columnStart.plusDays(1);
    }
    // Wall-clock time, not minutes since midnight: on the day clocks change they differ by an hour.
    return columnStart.with(local.toLocalTime());
  }

  /** The column (room's index) of a widget time; outside the rooms: -1. */
  int column(LocalDateTime shown) {
    long column = ChronoUnit.DAYS.between(day, shown.toLocalDate());
    return column < 0 || column >= columns ? -1 : (int) column;
  }

  /** The moment of the event's day that a widget time stands for, whatever its column. */
  Instant moment(LocalDateTime shown) {
    LocalDateTime onTheDay = day.atTime(shown.toLocalTime());
    return onTheDay.atZone(zone).toInstant();
  }

  /** The moment a shown time moved by some minutes stands for. */
  Instant moved(Instant moment, long minutes) {
    return moment.plus(Duration.ofMinutes(minutes));
  }
}
