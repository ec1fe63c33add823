package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What the public may know of an event's registration: when, how many places are left, and who may
 * read the list of participants.
 */
public record RegistrationOpening(
    RegistrationWindow window,
    Instant opensAt,
    Instant closesAt,
    ZoneId zone,
    List<Places> places,
    ParticipantList participantList)
    implements Serializable {

  public boolean open() {
    return window == RegistrationWindow.OPEN;
  }
}
