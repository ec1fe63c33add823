package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.colloquium.events.api.CallDates;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.CallRepository;
import org.colloquium.events.domain.Event;

/**
 * Copies the call for papers into a new edition of a series, in the copy's transaction: the same
 * rules and review mode, every date moved to the new edition keeping its wall-clock time.
 */
@ApplicationScoped
public class CallCopying {

  @Inject CallRepository calls;

  void copy(@Observes EventCopied copied) {
    var source = calls.ofEvent(copied.sourceEventId());
    if (source.isEmpty() || calls.ofEvent(copied.copyEventId()).isPresent()) {
      return;
    }
    CallForPapers call = source.get();
    Event from = calls.event(copied.sourceEventId()).orElseThrow();
    Event to = calls.event(copied.copyEventId()).orElseThrow();
    CallDates dates = moved(call.dates(), from, to, copied.shift());
    calls.add(
        new CallForPapers(to.id(), dates, call.eligibility(), call.rules(), call.reviewMode()));
  }

  static CallDates moved(CallDates dates, Event from, Event to, Duration shift) {
    var fromZone = from.schedule().zone();
    var toZone = to.schedule().zone();
    Duration wallShift =
        Duration.between(
            from.schedule().localStart().toLocalDateTime(),
            to.schedule().localStart().toLocalDateTime());
    try {
      return dates.movedBy(wallShift, fromZone, toZone);
    } catch (IllegalArgumentException clockChangeSqueezedTwoDates) {
      return dates.movedBy(shift, fromZone, fromZone);
    }
  }
}
