package org.colloquium.reviews.domain.conflicts;

import org.colloquium.reviews.api.ConflictKind;

/**
 * A conflict found by the rules, with what it was found on (the shared domain or affiliation, the
 * co-author's name), shown to organisers as the reason.
 */
public record FoundConflict(ConflictKind kind, String detail) {}
