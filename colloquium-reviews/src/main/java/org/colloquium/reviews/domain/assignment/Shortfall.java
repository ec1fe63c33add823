package org.colloquium.reviews.domain.assignment;

/** A paper left with fewer reviews than it needs, by how many, and why. */
public record Shortfall(int paper, int missing, Reason reason) {

  /** Why a paper is short. */
  public enum Reason {
    /** Fewer allowed reviewers (and kept ones) than the reviews it needs. */
    TOO_FEW_CANDIDATES,
    /** Enough allowed reviewers, but those it could have are at their most papers. */
    CANDIDATES_AT_CAPACITY
  }
}
