package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.domain.EventRepository;

/** What visitors may see of events. Drafts only for those who may manage them. */
@ApplicationScoped
@Transactional
public class EventCatalogue {

  @Inject EventRepository events;
  @Inject EventAccess access;
  @Inject Clock clock;

  public List<EventSummary> upcoming() {
    return events.publicUpcoming(clock.instant()).stream().map(EventViews::summary).toList();
  }

  public List<EventSummary> past(int limit) {
    return events.publicPast(clock.instant(), limit).stream().map(EventViews::summary).toList();
  }

  /** Calls open now on public events, the nearest deadline first. */
  public List<CallSummary> openCalls() {
    Instant now = clock.instant();
    return events.publicCallsOpenAt(now).stream()
        .map(row -> EventViews.call(row.event(), row.call(), now))
        .toList();
  }

  /**
   * The event page, if the viewer may see it.
   *
   * @param viewerId the signed-in account, or null for an anonymous visitor
   */
  public Optional<EventDetails> details(String slug, Long viewerId) {
    Instant now = clock.instant();
    return access
        .visible(slug, viewerId)
        .map(e -> EventViews.details(e, events.callOf(e.id()).orElse(null), now));
  }
}
