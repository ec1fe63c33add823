package org.colloquium.submissions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts moments per calendar day of one time zone, every day of a range included even when nothing
 * happened on it, so a chart of submissions per day has no gaps. Days are the zone's calendar days:
 * a day of 23 or 25 hours (a change to or from summer time) is still one day.
 */
public final class DailyCounts {

  /** One calendar day and how many moments fell on it. */
  public record Day(LocalDate date, long count) {}

  private DailyCounts() {}

  /**
   * @param from the first day shown
   * @param to the last day shown; moments after it widen the range, so none is lost
   */
  public static List<Day> of(
      Collection<Instant> moments, ZoneId zone, LocalDate from, LocalDate to) {
    Map<LocalDate, Long> counts = new TreeMap<>();
    LocalDate first = from;
    LocalDate last = to.isBefore(from) ? from : to;
    for (Instant moment : moments) {
      LocalDate day = LocalDate.ofInstant(moment, zone);
      counts.merge(day, 1L, Long::sum);
      if (day.isBefore(first)) {
        first = day;
      }
      if (day.isAfter(last)) {
        last = day;
      }
    }
    List<Day> days = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      days.add(new Day(day, counts.getOrDefault(day, 0L)));
    }
    return days;
  }
}
