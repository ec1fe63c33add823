package org.colloquium.reviews.domain.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.colloquium.reviews.api.DayProgress;

/**
 * Reviews handed in day by day, in the event's zone: every day from the first review to today while
 * reviews are still due (quiet days too, so that a stall shows), or to the last review once none
 * is; at most {@code maxDays} of them, earlier reviews counted in the first day's total so far.
 */
public final class ProgressOverTime {

  private ProgressOverTime() {}

  public static List<DayProgress> of(
      Collection<Instant> submittedAt,
      ZoneId zone,
      LocalDate today,
      boolean stillDue,
      int maxDays) {
    if (submittedAt.isEmpty()) {
      return List.of();
    }
    TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
    for (Instant at : submittedAt) {
      perDay.merge(LocalDate.ofInstant(at, zone), 1, Integer::sum);
    }
    LocalDate first = perDay.firstKey();
    LocalDate last = perDay.lastKey();
    LocalDate end = stillDue && today.isAfter(last) ? today : last;
    LocalDate start = end.minusDays(maxDays - 1L);
    if (first.isAfter(start)) {
      start = first;
    }
    int soFar = 0;
    for (var entry : perDay.entrySet()) {
      if (entry.getKey().isBefore(start)) {
        soFar += entry.getValue();
      }
    }
    List<DayProgress> days = new ArrayList<>();
    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
      int handedIn = perDay.getOrDefault(day, 0);
      soFar += handedIn;
      days.add(new DayProgress(day, handedIn, soFar));
    }
    return days;
  }
}
