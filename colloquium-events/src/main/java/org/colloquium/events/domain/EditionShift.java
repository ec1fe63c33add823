package org.colloquium.events.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.colloquium.events.api.EventSchedule;

/**
 * How much later a copied edition takes place: a whole number of weeks or years, applied to the
 * wall-clock times in the event's zone, so that "9:00 in Bucharest" stays 9:00 in Bucharest even
 * when the copy falls on the other side of a daylight-saving change.
 */
public record EditionShift(int amount, ChronoUnit unit) implements Serializable {

  public static final int MAX_WEEKS = 520;
  public static final int MAX_YEARS = 10;

  public EditionShift {
    if (!isValid(amount, unit)) {
      throw new IllegalArgumentException("not a shift: " + amount + " " + unit);
    }
  }

  public static boolean isValid(int amount, ChronoUnit unit) {
    if (unit == ChronoUnit.WEEKS) {
      return amount >= 0 && amount <= MAX_WEEKS;
    }
    if (unit == ChronoUnit.YEARS) {
      return amount >= 0 && amount <= MAX_YEARS;
    }
    return false;
  }

  public Instant apply(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalDateTime().plus(amount, unit).atZone(zone).toInstant();
  }

  /** The schedule of the copy. */
  public EventSchedule apply(EventSchedule schedule) {
    return new EventSchedule(
        apply(schedule.start(), schedule.zone()),
        apply(schedule.end(), schedule.zone()),
        schedule.zone());
  }
}
