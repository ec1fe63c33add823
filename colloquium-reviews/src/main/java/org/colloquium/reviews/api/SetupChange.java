package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;

/**
 * What an organiser changes in an event's review: the numbers and the phases.
 *
 * @param version the version the organiser saw, to notice a change made meanwhile
 */
public record SetupChange(
    int version,
    int reviewsPerSubmission,
    int minLoad,
    int maxLoad,
    int remindDaysBefore,
    List<PhaseChange> phases)
    implements Serializable {

  /** A change with the automatic reminder three days before reviews are due. */
  public SetupChange(
      int version, int reviewsPerSubmission, int minLoad, int maxLoad, List<PhaseChange> phases) {
    this(version, reviewsPerSubmission, minLoad, maxLoad, 3, phases);
  }

  public SetupChange {
    phases = List.copyOf(phases);
  }

  /**
   * One phase as the form sends it.
   *
   * @param startsAt as typed: a wall-clock time in the event's time zone ("2027-03-01T09:00"),
   *     blank for not scheduled
   */
  public record PhaseChange(PhaseKind kind, String startsAt, boolean skipped, PhaseRules rules)
      implements Serializable {}
}
