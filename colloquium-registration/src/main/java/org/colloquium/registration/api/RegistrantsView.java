package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * The organisers' list: the counts per mode and state of every registration, the places, and the
 * registrations that match the filter (waiting list in queue order, the rest newest first).
 */
public record RegistrantsView(
    String slug,
    String eventTitle,
    ZoneId zone,
    boolean configured,
    List<Places> places,
    List<RegistrantCount> counts,
    List<RegistrantRow> rows)
    implements Serializable {

  public long count(ParticipationMode mode, RegistrationState state) {
    return counts.stream()
        .filter(c -> c.mode() == mode && c.state() == state)
        .mapToLong(RegistrantCount::count)
        .sum();
  }
}
