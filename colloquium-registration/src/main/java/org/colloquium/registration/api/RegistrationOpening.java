package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** What the public may know of an event's registration: when, and how many places are left. */
public record RegistrationOpening(
    RegistrationWindow window, Instant opensAt, Instant closesAt, ZoneId zone, List<Places> places)
    implements Serializable {

  public boolean open() {
    return window == RegistrationWindow.OPEN;
  }
}
