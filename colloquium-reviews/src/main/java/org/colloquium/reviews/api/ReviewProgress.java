package org.colloquium.reviews.api;

/** How far a reviewer is with one assigned review. */
public enum ReviewProgress {
  NOT_STARTED,
  DRAFT,
  SUBMITTED
}
