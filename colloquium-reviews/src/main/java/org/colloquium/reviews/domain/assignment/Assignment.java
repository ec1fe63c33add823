package org.colloquium.reviews.domain.assignment;

import java.util.List;

/** Stub result. */
public record Assignment(
    int[] paper,
    int[] reviewer,
    long cost,
    List<Shortfall> shortfalls,
    List<Underload> underloads) {}
