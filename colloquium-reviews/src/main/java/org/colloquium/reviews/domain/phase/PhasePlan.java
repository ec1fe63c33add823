package org.colloquium.reviews.domain.phase;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.colloquium.reviews.api.PhaseKind;

/**
 * A review's schedule: which phase the clock has reached. Starts are wall-clock times in the
 * event's zone; a time that falls in a daylight-saving gap moves forward by the gap and one that
 * occurs twice takes the earlier instant (java.time's rule for {@code atZone}).
 */
public final class PhasePlan {

  private final List<PhaseSlot> slots;
  private final ZoneId zone;

  private PhasePlan(List<PhaseSlot> slots, ZoneId zone) {
    this.slots = List.copyOf(slots);
    this.zone = zone;
  }

  public static PhasePlan of(List<PhaseSlot> slots, ZoneId zone) {
    return new PhasePlan(slots, zone);
  }

  /** The last phase, not skipped, whose start has passed; empty before the first start. */
  public Optional<PhaseKind> scheduledAt(Instant now) {
    PhaseSlot found = null;
    for (PhaseSlot s : slots) {
      if (s.skipped() || s.startsAt() == null) {
        continue;
      }
      Instant start = s.startsAt().atZone(zone).toInstant();
      if (!start.isAfter(now)
          && (found == null || !start.isBefore(found.startsAt().atZone(zone).toInstant()))) {
        found = s;
      }
    }
    return Optional.ofNullable(found).map(PhaseSlot::kind);
  }
}
