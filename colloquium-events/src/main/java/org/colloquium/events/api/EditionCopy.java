package org.colloquium.events.api;

import java.io.Serializable;
import java.time.temporal.ChronoUnit;

/**
 * A request to start the next edition from an earlier one: the event copied, the new slug, and how
 * many weeks or years later the new edition takes place.
 */
public record EditionCopy(String sourceSlug, String slug, Integer shiftAmount, ChronoUnit shiftUnit)
    implements Serializable {}
