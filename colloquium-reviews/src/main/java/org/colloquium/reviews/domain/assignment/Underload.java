package org.colloquium.reviews.domain.assignment;

/** A reviewer under its minimum. */
public record Underload(int reviewer, int missing) {}
