package org.colloquium.reviews.api;

/** Who reads an answer of a review besides the committee. */
public enum FieldVisibility {
  COMMITTEE,
  AUTHORS
}
