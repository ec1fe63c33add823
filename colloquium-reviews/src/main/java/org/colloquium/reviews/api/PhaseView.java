package org.colloquium.reviews.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One phase of an event's review as the organisers' page shows it.
 *
 * @param startsAt in the event's time zone, null when not scheduled
 */
public record PhaseView(
    PhaseKind kind, LocalDateTime startsAt, boolean skipped, PhaseRules rules, boolean current)
    implements Serializable {}
