package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.colloquium.events.api.CallCatalogue;
import org.colloquium.events.api.CallDetails;
import org.colloquium.events.api.CallPage;
import org.colloquium.events.api.EventStatus;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.CallRepository;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.kernel.access.NotFoundException;

/** The module's implementation of {@link CallCatalogue}. */
@ApplicationScoped
@Transactional
public class DefaultCallCatalogue implements CallCatalogue {

  @Inject EventAccess access;
  @Inject CallRepository calls;
  @Inject EventRepository events;
  @Inject Clock clock;

  @Override
  public Optional<CallPage> page(String slug, Long viewerId) {
    return access
        .visible(slug, viewerId)
        .map(
            e ->
                new CallPage(
                    EventViews.summary(e),
                    calls
                        .ofEvent(e.id())
                        .map(c -> CallViews.details(e, c, clock.instant()))
                        .orElse(null)));
  }

  @Override
  public CallPage pageOf(Long eventId) {
    Event event = events.find(eventId).orElseThrow(() -> new NotFoundException("event"));
    return pageOf(event, calls.ofEvent(eventId).orElse(null));
  }

  private CallPage pageOf(Event event, CallForPapers call) {
    return new CallPage(
        EventViews.summary(event),
        call == null ? null : CallViews.details(event, call, clock.instant()));
  }

  @Override
  public Optional<CallDetails> publicCall(String slug) {
    return access
        .visible(slug, null)
        .filter(e -> e.status() != EventStatus.DRAFT)
        .flatMap(e -> calls.ofEvent(e.id()).map(c -> CallViews.details(e, c, clock.instant())));
  }
}
