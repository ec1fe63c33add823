package org.colloquium.reviews.api;

import java.io.Serializable;

/**
 * An event a person reviews for, on their review home page.
 *
 * @param phase the phase in effect, null before the review starts
 */
public record ReviewerEvent(
    String slug, String title, PhaseKind phase, PhaseRules rules, int assigned, int submitted)
    implements Serializable {}
