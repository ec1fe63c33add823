package org.colloquium.registration.api;

/**
 * Where a registration stands. CONFIRMED and OFFERED hold a place of their mode; WAITLISTED waits
 * for one; PENDING waits for an organiser's approval and holds nothing. CANCELLED and REJECTED are
 * final: whoever registers again gets a new registration.
 */
public enum RegistrationState {
  PENDING,
  CONFIRMED,
  WAITLISTED,
  OFFERED,
  CANCELLED,
  REJECTED;

  /** Counted against the mode's capacity. */
  public boolean holdsPlace() {
    return this == CONFIRMED || this == OFFERED;
  }

  /** Cancelled or rejected: nothing can happen to it any more. */
  public boolean ended() {
    return this == CANCELLED || this == REJECTED;
  }
}
