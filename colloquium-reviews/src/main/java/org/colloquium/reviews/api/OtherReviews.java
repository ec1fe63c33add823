package org.colloquium.reviews.api;

/** When a reviewer sees the other reviews of a submission. */
public enum OtherReviews {
  NEVER,
  AFTER_OWN,
  ALWAYS
}
