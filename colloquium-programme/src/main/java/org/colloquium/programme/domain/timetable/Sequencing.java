package org.colloquium.programme.domain.timetable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When each contribution of a session runs. Talks follow each other from the session's start in
 * their order, without gaps (a talk's minutes include its questions); a poster is up for the whole
 * session. Keeping only the order and the minutes, rather than a start per talk, means a moved or
 * longer talk can never leave two talks of one session overlapping: the session overruns instead,
 * and says so.
 */
public final class Sequencing {

  private Sequencing() {}

  /** A contribution of the session, in the session's order. */
  public record Entry(int minutes, boolean poster) {}

  /** When one entry runs. */
  public record Interval(Instant start, Instant end) {}

  /** The entries' times, in the same order. */
  public static List<Interval> times(
      Instant sessionStart, Instant sessionEnd, List<Entry> entries) {
    List<Interval> times = new ArrayList<>(entries.size());
    Instant next = sessionStart;
    for (Entry entry : entries) {
      if (entry.poster()) {
        times.add(new Interval(sessionStart, sessionEnd));
      } else {
        Instant end = next.plusSeconds(60L * entry.minutes());
        times.add(new Interval(next, end));
        next = end;
      }
    }
    return times;
  }

  /** The minutes the talks take beyond the session's end; 0 when they fit. */
  public static long overrunMinutes(Instant sessionStart, Instant sessionEnd, List<Entry> entries) {
    long minutes = entries.stream().filter(e -> !e.poster()).mapToLong(Entry::minutes).sum();
    long available = java.time.Duration.between(sessionStart, sessionEnd).toMinutes();
    return Math.max(0, minutes - available);
  }
}
