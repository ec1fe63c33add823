package org.colloquium.programme.api;

/** Where an automatic draft is. */
public enum DraftState {
  QUEUED,
  RUNNING,
  /** Solved: its proposal waits to be applied or discarded. */
  DONE,
  FAILED,
  APPLIED,
  DISCARDED;

  /** Whether a new draft must wait for this one. */
  public boolean busy() {
    return this == QUEUED || this == RUNNING;
  }
}
