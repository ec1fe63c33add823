package org.colloquium.reviews.api;

/** Why a computed assignment leaves a submission with fewer reviews than asked. */
public enum ShortReason {
  /** Fewer reviewers free of conflicts with it than reviews asked. */
  TOO_FEW_CANDIDATES,
  /** Enough candidates, but those free of conflicts are at their most submissions. */
  CANDIDATES_AT_CAPACITY
}
