package org.colloquium.reviews.domain.assignment;

import java.util.List;

/**
 * The pairs an assignment adds (kept pairs are not repeated), parallel arrays of paper and reviewer
 * indexes and of each pair's cost; the total cost of the added pairs with the balance term of the
 * reviewers' new papers; the papers left short and the reviewers left under their minimum.
 */
public record Assignment(
    int[] paper,
    int[] reviewer,
    long[] pairCost,
    long cost,
    List<Shortfall> shortfalls,
    List<Underload> underloads) {

  public Assignment {
    shortfalls = List.copyOf(shortfalls);
    underloads = List.copyOf(underloads);
  }

  public int pairs() {
    return paper.length;
  }
}
