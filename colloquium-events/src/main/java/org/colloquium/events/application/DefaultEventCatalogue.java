package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.api.CallSummary;
import org.colloquium.events.api.EventCatalogue;
import org.colloquium.events.api.EventDetails;
import org.colloquium.events.api.EventSummary;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.kernel.i18n.Language;

/** The module's implementation of {@link EventCatalogue}. */
@ApplicationScoped
@Transactional
public class DefaultEventCatalogue implements EventCatalogue {

  @Inject EventRepository events;
  @Inject EventAccess access;
  @Inject Clock clock;

  @Override
  public List<EventSummary> upcoming() {
    return upcoming(null);
  }

  @Override
  public List<EventSummary> upcoming(Language visitor) {
    return events.publicUpcoming(clock.instant()).stream()
        .map(e -> EventViews.summary(e, visitor))
        .toList();
  }

  @Override
  public List<EventSummary> past(int limit) {
    return past(limit, null);
  }

  @Override
  public List<EventSummary> past(int limit, Language visitor) {
    return events.publicPast(clock.instant(), limit).stream()
        .map(e -> EventViews.summary(e, visitor))
        .toList();
  }

  @Override
  public List<CallSummary> openCalls() {
    Instant now = clock.instant();
    return events.publicCallsOpenAt(now).stream()
        .map(row -> EventViews.call(row.event(), row.call(), now))
        .toList();
  }

  @Override
  public boolean isVisible(String slug, Long viewerId) {
    return access.visible(slug, viewerId).isPresent();
  }

  @Override
  public Optional<EventDetails> details(String slug, Long viewerId) {
    return details(slug, viewerId, null);
  }

  @Override
  public Optional<EventDetails> details(String slug, Long viewerId, Language visitor) {
    Instant now = clock.instant();
    return access
        .visible(slug, viewerId)
        .map(e -> EventViews.details(e, events.callOf(e.id()).orElse(null), now, visitor));
  }
}
