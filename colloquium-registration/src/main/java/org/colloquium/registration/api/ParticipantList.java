package org.colloquium.registration.api;

/**
 * Who may read an event's list of participants: only confirmed registrants who agreed to be listed
 * appear on it, with their name and affiliation.
 */
public enum ParticipantList {
  /** No list: only the organisers see registrations. */
  OFF,
  /** The event's confirmed registrants (and its organisers). */
  REGISTRANTS,
  /** Everyone. */
  PUBLIC
}
