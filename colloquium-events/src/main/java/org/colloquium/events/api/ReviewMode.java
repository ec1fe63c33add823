package org.colloquium.events.api;

/**
 * Who knows whom during review: reviewers see authors (single-blind), nobody sees anybody
 * (double-blind), or everybody sees everybody (open). Announced in the call, applied by review.
 */
public enum ReviewMode {
  SINGLE_BLIND,
  DOUBLE_BLIND,
  OPEN
}
