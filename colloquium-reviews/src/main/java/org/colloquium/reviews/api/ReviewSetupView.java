package org.colloquium.reviews.api;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.api.ReviewMode;

/**
 * An event's review as its organisers set it up.
 *
 * @param current the phase in effect now; empty before the first one starts
 * @param manual whether the current phase was switched to by hand
 */
public record ReviewSetupView(
    String eventSlug,
    String eventTitle,
    ZoneId zone,
    ReviewMode mode,
    int version,
    int reviewsPerSubmission,
    int minLoad,
    int maxLoad,
    int remindDaysBefore,
    java.time.Instant reviewsDueAt,
    PhaseKind current,
    boolean manual,
    List<PhaseView> phases,
    List<CriterionSpec> form)
    implements Serializable {

  public ReviewSetupView {
    phases = List.copyOf(phases);
    form = List.copyOf(form);
  }

  public Optional<PhaseKind> currentPhase() {
    return Optional.ofNullable(current);
  }
}
