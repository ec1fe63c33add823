package org.colloquium.events.api;

/** Where a call stands at a given moment. */
public enum CallState {
  /** Announced, not open yet. */
  UPCOMING,
  /** Accepting abstracts (including the grace period after the deadline). */
  OPEN,
  /** No longer accepting abstracts. */
  CLOSED
}
