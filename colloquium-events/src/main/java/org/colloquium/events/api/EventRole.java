package org.colloquium.events.api;

/** Roles a person can hold in one event. Authors and attendees need no role. */
public enum EventRole {
  ORGANISER,
  TRACK_CHAIR,
  REVIEWER,
  /** Helpers at the door: they check registrants in, and see nothing else of the event. */
  DOOR
}
