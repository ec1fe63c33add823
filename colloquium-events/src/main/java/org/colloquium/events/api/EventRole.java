package org.colloquium.events.api;

/** Roles a person can hold in one event. Authors and attendees need no role. */
public enum EventRole {
  ORGANISER,
  TRACK_CHAIR,
  REVIEWER
}
