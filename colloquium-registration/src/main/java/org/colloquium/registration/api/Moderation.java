package org.colloquium.registration.api;

/** Whose registrations an organiser approves before they count. */
public enum Moderation {
  NONE,
  ALL,
  /** Only those who come in person: places in the room are the scarce ones. */
  IN_PERSON;

  public boolean appliesTo(ParticipationMode mode) {
    return this == ALL || (this == IN_PERSON && mode == ParticipationMode.IN_PERSON);
  }
}
