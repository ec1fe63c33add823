package org.colloquium.reviews.domain.conflicts;

import org.colloquium.reviews.api.ConflictKind;

/** A conflict found by the rules, with what it was found on. */
public record FoundConflict(ConflictKind kind, String detail) {}
