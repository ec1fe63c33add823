package org.colloquium.reviews.domain.phase;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.reviews.api.PhaseKind;

/** A call's phase plan. */
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

  public List<Problem> problems() {
    return new ArrayList<>();
  }

  public Optional<PhaseKind> scheduledAt(Instant now) {
    PhaseKind found = null;
    for (PhaseSlot s : slots) {
      if (!s.skipped()
          && s.startsAt() != null
          && !s.startsAt().atZone(zone).toInstant().isAfter(now)) {
        found = s.kind();
      }
    }
    return Optional.ofNullable(found);
  }
}
