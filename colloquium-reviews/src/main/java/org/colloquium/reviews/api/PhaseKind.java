package org.colloquium.reviews.api;

/** The phases of a review, in order. */
public enum PhaseKind {
  BIDDING,
  REVIEWING,
  DISCUSSION,
  DECISION,
  NOTIFICATION
}
