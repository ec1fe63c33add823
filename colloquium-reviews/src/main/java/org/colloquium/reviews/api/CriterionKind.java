package org.colloquium.reviews.api;

/** A criterion answered on a scale or in words. */
public enum CriterionKind {
  SCALE,
  TEXT
}
