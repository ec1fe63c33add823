package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * The organisers' list: the counts per mode and state of every registration, the places, the
 * registrations that match the filter (waiting list in queue order, the rest newest first), and how
 * many registered each day.
 */
public record RegistrantsView(
    String slug,
    String eventTitle,
    ZoneId zone,
    boolean configured,
    List<Places> places,
    List<RegistrantCount> counts,
    List<RegistrantRow> rows,
    List<Day> perDay,
    List<AnswerFilter> answerFilters)
    implements Serializable {

  /** Registrations made on one day (in the event's zone), every day from the first to the last. */
  public record Day(String label, long count) implements Serializable {}

  public long count(ParticipationMode mode, RegistrationState state) {
    return counts.stream()
        .filter(c -> c.mode() == mode && c.state() == state)
        .mapToLong(RegistrantCount::count)
        .sum();
  }

  /** Of {@link #count}, the speakers': counted in their state and mode, holding no place. */
  public long speakers(ParticipationMode mode, RegistrationState state) {
    return counts.stream()
        .filter(c -> c.mode() == mode && c.state() == state)
        .mapToLong(RegistrantCount::speakers)
        .sum();
  }
}
