package org.colloquium.events.api;

/** Where an invitation stands at a given moment, as people see it (expiry included). */
public enum InvitationStatus {
  PENDING,
  EXPIRED,
  ACCEPTED,
  REVOKED;

  /** Whether the organisers can still withdraw it or send it again. */
  public boolean isOpen() {
    return this == PENDING || this == EXPIRED;
  }
}
