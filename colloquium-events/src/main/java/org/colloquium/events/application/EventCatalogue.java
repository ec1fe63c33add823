package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.kernel.i18n.Language;

/**
 * What visitors may see of events. Drafts only for those who may manage them. Texts come in the
 * visitor's language where the organisers translated them, in the primary language otherwise; the
 * methods without a language give the primary texts.
 */
@ApplicationScoped
@Transactional
public class EventCatalogue {

  @Inject EventRepository events;
  @Inject EventAccess access;
  @Inject Clock clock;

  public List<EventSummary> upcoming() {
    return upcoming(null);
  }

  public List<EventSummary> upcoming(Language visitor) {
    return events.publicUpcoming(clock.instant()).stream()
        .map(e -> EventViews.summary(e, visitor))
        .toList();
  }

  public List<EventSummary> past(int limit) {
    return past(limit, null);
  }

  public List<EventSummary> past(int limit, Language visitor) {
    return events.publicPast(clock.instant(), limit).stream()
        .map(e -> EventViews.summary(e, visitor))
        .toList();
  }

  /** Calls open now on public events, the nearest deadline first. */
  public List<CallSummary> openCalls() {
    Instant now = clock.instant();
    return events.publicCallsOpenAt(now).stream()
        .map(row -> EventViews.call(row.event(), row.call(), now))
        .toList();
  }

  /**
   * Whether the viewer may see the event at all: false for an unknown slug and for a draft the
   * viewer may not manage, which callers then answer alike.
   *
   * @param viewerId the signed-in account, or null for an anonymous visitor
   */
  public boolean isVisible(String slug, Long viewerId) {
    return access.visible(slug, viewerId).isPresent();
  }

  /**
   * The event page, if the viewer may see it.
   *
   * @param viewerId the signed-in account, or null for an anonymous visitor
   */
  public Optional<EventDetails> details(String slug, Long viewerId) {
    return details(slug, viewerId, null);
  }

  /**
   * The event page in the visitor's language, if the viewer may see it.
   *
   * @param viewerId the signed-in account, or null for an anonymous visitor
   */
  public Optional<EventDetails> details(String slug, Long viewerId, Language visitor) {
    Instant now = clock.instant();
    return access
        .visible(slug, viewerId)
        .map(e -> EventViews.details(e, events.callOf(e.id()).orElse(null), now, visitor));
  }
}
