package org.colloquium.registration.domain.print;

/** The band at a badge's foot: who the person is at the event. */
public enum BadgeRole {
  PARTICIPANT,
  SPEAKER,
  CHAIR,
  ORGANISER
}
