package org.colloquium.reviews.api;

import java.io.Serializable;

/**
 * An organiser's decision on one submission, as entered.
 *
 * @param typeId accepted as this presentation type; null keeps the one the authors chose
 * @param trackId accepted in this track; null keeps the submission's
 * @param otherNumber the submission a duplicate repeats, or the one this one is merged into
 * @param note for the organisers only, never mailed
 */
public record DecisionInput(
    int number, Outcome outcome, Long typeId, Long trackId, Integer otherNumber, String note)
    implements Serializable {}
