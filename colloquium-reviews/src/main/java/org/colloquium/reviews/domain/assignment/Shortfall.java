package org.colloquium.reviews.domain.assignment;

/** A paper left short. */
public record Shortfall(int paper, int missing, Reason reason) {
  /** Why. */
  public enum Reason {
    TOO_FEW_CANDIDATES,
    CANDIDATES_AT_CAPACITY
  }
}
