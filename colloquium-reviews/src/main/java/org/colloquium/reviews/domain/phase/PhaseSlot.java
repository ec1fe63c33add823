package org.colloquium.reviews.domain.phase;

import java.time.LocalDateTime;
import org.colloquium.reviews.api.PhaseKind;

/**
 * A phase's start as an organiser gave it, in the event's time zone.
 *
 * @param startsAt null when the phase is reached by hand only
 */
public record PhaseSlot(PhaseKind kind, LocalDateTime startsAt, boolean skipped) {}
