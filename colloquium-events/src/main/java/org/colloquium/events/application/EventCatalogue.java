package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventPermissions;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.events.domain.EventRole;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.account.domain.AccountRepository;

/** What visitors may see of events. Drafts only for those who may manage them. */
@ApplicationScoped
@Transactional
public class EventCatalogue {

  @Inject EventRepository events;
  @Inject AccountRepository accounts;
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
    return events
        .findBySlug(slug)
        .filter(
            e -> EventPermissions.canSee(e.status(), isAdministrator(viewerId), roles(viewerId, e)))
        .map(e -> EventViews.details(e, events.callOf(e.id()).orElse(null), now));
  }

  private boolean isAdministrator(Long viewerId) {
    return viewerId != null
        && accounts.find(viewerId).map(Account::isPlatformAdministrator).orElse(false);
  }

  private java.util.Set<EventRole> roles(Long viewerId, Event event) {
    return viewerId == null ? java.util.Set.of() : events.rolesOf(event.id(), viewerId);
  }
}
