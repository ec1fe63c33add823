package org.colloquium.reviews.api;

/** What a criterion of the review form is for. */
public enum CriterionRole {
  SCORE,
  CONFIDENCE,
  COMMENTS_TO_AUTHORS,
  CONFIDENTIAL_COMMENTS,
  OTHER
}
