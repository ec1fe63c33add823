package org.colloquium.events.api;

import java.io.Serializable;
import java.time.Instant;

/** What other modules may know of an event's call for papers: its dates, rules and review mode. */
public record CallRecord(
    Long id, Long eventId, CallDates dates, AbstractRules rules, ReviewMode reviewMode)
    implements Serializable {

  /** Whether submissions are accepted at {@code now} (the grace period included). */
  public boolean isOpen(Instant now) {
    return dates.isOpen(now);
  }

  public Instant opensAt() {
    return dates.opensAt();
  }

  public Instant abstractDeadline() {
    return dates.abstractDeadline();
  }
}
