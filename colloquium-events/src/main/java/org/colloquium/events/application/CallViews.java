package org.colloquium.events.application;

import java.time.Instant;
import org.colloquium.events.api.CallDetails;
import org.colloquium.events.api.CallState;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.Event;

/** Maps calls to the views pages and the API get. */
final class CallViews {

  private CallViews() {}

  static CallDetails details(Event e, CallForPapers c, Instant now) {
    var d = c.dates();
    var r = c.rules();
    CallState state =
        d.isOpen(now) ? CallState.OPEN : d.hasOpened(now) ? CallState.CLOSED : CallState.UPCOMING;
    return new CallDetails(
        e.slug().value(),
        e.title(),
        e.contentLanguage(),
        e.schedule().zone(),
        e.schedule().start(),
        d.opensAt(),
        d.abstractDeadline(),
        d.fullPaperDeadline(),
        d.notificationAt(),
        d.cameraReadyAt(),
        d.graceMinutes(),
        d.acceptsUntil(),
        c.eligibility(),
        r.wordLimit(),
        r.minKeywords(),
        r.maxKeywords(),
        r.trackRequired(),
        r.typeRequired(),
        r.pdfPolicy(),
        r.maxFileMb(),
        r.maxPages(),
        c.reviewMode(),
        state);
  }
}
