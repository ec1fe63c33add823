package org.colloquium.events.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.colloquium.events.api.AbstractRules;
import org.colloquium.events.api.CallDates;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.CallRepository;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.kernel.demo.DemoContent;

/**
 * The calls for papers of the demo: the annual conference's open call gets its full set of dates
 * and rules (full paper, notification and camera-ready dates, 15 minutes' grace, 300 words, 3–5
 * keywords, PDF optional up to 10 MB, double-blind), and the past conference gets the call it
 * closed in September 2023.
 */
@ApplicationScoped
public class DemoCalls implements DemoContent {

  @Inject EventRepository events;
  @Inject CallRepository calls;

  @Override
  public int order() {
    return 25;
  }

  @Override
  @Transactional
  public void load() {
    events.findBySlug(DemoEvents.ANNUAL_CONFERENCE).ifPresent(this::completeAnnualCall);
    events.findBySlug(DemoEvents.PAST_CONFERENCE).ifPresent(this::addPastCall);
  }

  private void completeAnnualCall(Event annual) {
    CallForPapers call = calls.ofEvent(annual.id()).orElse(null);
    if (call == null) {
      return;
    }
    ZoneId zone = annual.schedule().zone();
    var deadline = call.abstractDeadline().atZone(zone).toLocalDate();
    var dates =
        new CallDates(
            call.opensAt(),
            call.abstractDeadline(),
            deadline.plusDays(30).atTime(LocalTime.of(23, 59)).atZone(zone).toInstant(),
            deadline.plusDays(45).atTime(LocalTime.of(12, 0)).atZone(zone).toInstant(),
            deadline.plusDays(60).atTime(LocalTime.of(23, 59)).atZone(zone).toInstant(),
            15);
    call.revise(
        dates,
        call.eligibility(),
        new AbstractRules(300, 3, 5, false, false, PdfPolicy.OPTIONAL, 10),
        ReviewMode.DOUBLE_BLIND);
  }

  private void addPastCall(Event past) {
    if (calls.ofEvent(past.id()).isPresent()) {
      return;
    }
    ZoneId zone = past.schedule().zone();
    var dates =
        new CallDates(
            LocalDateTime.of(2023, 6, 1, 0, 0).atZone(zone).toInstant(),
            LocalDateTime.of(2023, 9, 15, 23, 59).atZone(zone).toInstant(),
            null,
            LocalDateTime.of(2023, 9, 29, 12, 0).atZone(zone).toInstant(),
            null,
            0);
    calls.add(
        new CallForPapers(
            past.id(),
            dates,
            "Primarily for students and emerging scholars; researchers at every stage are"
                + " welcome.",
            new AbstractRules(250, 3, 5, false, false, PdfPolicy.NOT_ALLOWED, 10),
            ReviewMode.SINGLE_BLIND));
  }
}
