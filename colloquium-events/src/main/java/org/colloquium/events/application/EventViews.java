package org.colloquium.events.application;

import java.time.Instant;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.Institution;
import org.colloquium.kernel.text.Markdown;

/** Maps entities to the views pages get. */
final class EventViews {

  private EventViews() {}

  static EventSummary summary(Event e) {
    var schedule = e.schedule();
    return new EventSummary(
        e.slug().value(),
        e.title(),
        e.subtitle(),
        schedule.start(),
        schedule.end(),
        schedule.zone(),
        e.venueName(),
        e.attendance(),
        e.status(),
        e.contentLanguage());
  }

  static CallSummary call(Event e, CallForPapers c, Instant now) {
    return new CallSummary(
        e.slug().value(),
        e.title(),
        c.opensAt(),
        c.abstractDeadline(),
        e.schedule().zone(),
        c.eligibility(),
        c.isOpen(now),
        e.contentLanguage());
  }

  static InstitutionView institution(Institution i) {
    return i == null ? null : new InstitutionView(i.name(), i.url());
  }

  static EventDetails details(Event e, CallForPapers c, Instant now) {
    return new EventDetails(
        summary(e),
        Markdown.toSafeHtml(e.description()),
        e.venueAddress(),
        institution(e.organiser()),
        e.partners().stream().map(EventViews::institution).toList(),
        c == null ? null : call(e, c, now));
  }
}
