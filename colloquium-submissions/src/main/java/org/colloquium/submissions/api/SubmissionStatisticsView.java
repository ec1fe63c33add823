package org.colloquium.submissions.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An event's submission statistics. Each breakdown counts handed-in submissions only; a bar with a
 * null label stands for "none given" (no track, no country).
 *
 * @param perDay one bar per calendar day of the call in {@code zone}, labelled with the ISO date
 */
public record SubmissionStatisticsView(
    ZoneId zone,
    Instant deadline,
    long submitted,
    long withdrawn,
    List<Bar> perDay,
    List<Bar> perTrack,
    List<Bar> perType,
    List<Bar> perCountry)
    implements Serializable {

  /** A label and its count. */
  public record Bar(String label, long count) implements Serializable {}

  /** The highest count of the days, at least 1 (the scale of the chart). */
  public long maxPerDay() {
    return Math.max(1, perDay.stream().mapToLong(Bar::count).max().orElse(0));
  }
}
