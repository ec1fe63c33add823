package org.colloquium.reviews.api;

/** Where a computed assignment stands. */
public enum RunState {
  QUEUED,
  RUNNING,
  DONE,
  FAILED,
  CANCELLED,
  COMMITTED,
  DISCARDED
}
