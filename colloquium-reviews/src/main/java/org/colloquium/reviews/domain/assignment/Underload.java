package org.colloquium.reviews.domain.assignment;

/** A reviewer left below their fewest papers, by how many (too few papers they may review). */
public record Underload(int reviewer, int missing) {}
