package org.colloquium.reviews.domain.phase;

import java.time.LocalDateTime;
import org.colloquium.reviews.api.PhaseKind;

/** A phase's start in the event's zone. */
public record PhaseSlot(PhaseKind kind, LocalDateTime startsAt, boolean skipped) {}
