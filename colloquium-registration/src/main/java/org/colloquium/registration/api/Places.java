package org.colloquium.registration.api;

import java.io.Serializable;

/**
 * The places of one mode: {@code capacity} null means unlimited; {@code taken} counts confirmed
 * registrations and open offers, {@code waiting} the waiting list.
 */
public record Places(ParticipationMode mode, Integer capacity, int taken, int waiting)
    implements Serializable {

  public boolean unlimited() {
    return capacity == null;
  }

  /** Places nobody holds or waits for; null when unlimited. */
  public Integer left() {
    return capacity == null ? null : Math.max(0, capacity - taken - waiting);
  }

  /** A newcomer would wait: no place is free, or others already wait for one. */
  public boolean full() {
    return capacity != null && (taken >= capacity || waiting > 0);
  }
}
