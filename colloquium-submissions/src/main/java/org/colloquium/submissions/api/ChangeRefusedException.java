package org.colloquium.submissions.api;

import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.kernel.access.ConflictException;

/**
 * A change came too late (the call closed, grace period included) or to a withdrawn submission.
 * Carries the moment the call stopped accepting changes, to say so in the event's time zone.
 */
public class ChangeRefusedException extends ConflictException {

  private final ReadOnlyReason reason;
  private final Instant acceptedUntil;
  private final ZoneId zone;

  public ChangeRefusedException(ReadOnlyReason reason, Instant acceptedUntil, ZoneId zone) {
    super(reason.messageKey(), reason + " (accepted until " + acceptedUntil + ")");
    this.reason = reason;
    this.acceptedUntil = acceptedUntil;
    this.zone = zone;
  }

  public ReadOnlyReason reason() {
    return reason;
  }

  public Instant acceptedUntil() {
    return acceptedUntil;
  }

  public ZoneId zone() {
    return zone;
  }
}
