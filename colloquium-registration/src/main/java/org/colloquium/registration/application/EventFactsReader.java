package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.colloquium.events.api.EventCatalogue;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventManagement;
import org.colloquium.events.api.EventRecord;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.i18n.Language;

/** Reads {@link EventFacts} through the events module's face. */
@ApplicationScoped
class EventFactsReader {

  @Inject EventDirectory events;
  @Inject EventCatalogue catalogue;
  @Inject EventManagement management;

  /** The event as an organiser sees it (drafts included); refuses anyone else. */
  EventFacts manageable(Long actorId, String slug) {
    EventRecord record = events.manageable(actorId, slug);
    return read(record, actorId).orElseThrow(() -> new NotFoundException("event " + slug));
  }

  /** The event for someone at its door (organiser, door helper, administrator); refuses others. */
  EventFacts door(Long actorId, String slug) {
    if (!management.canCheckIn(actorId, slug)) {
      throw new AccessDeniedException("not at the door of " + slug);
    }
    EventRecord record =
        events.findBySlug(slug).orElseThrow(() -> new NotFoundException("event " + slug));
    return byId(
            record.id(),
            record.contentLanguage() == null ? Language.fallback() : record.contentLanguage())
        .orElseThrow(() -> new NotFoundException("event " + slug));
  }

  /** The event if the viewer may see it. */
  Optional<EventFacts> visible(String slug, Long viewerId) {
    return events.visible(slug, viewerId).flatMap(r -> read(r, viewerId));
  }

  /**
   * The event by id, titled in {@code language} where translated, drafts included: for jobs and
   * mails, which act for nobody in particular.
   */
  Optional<EventFacts> byId(Long eventId, Language language) {
    return events
        .find(eventId)
        .flatMap(r -> events.details(eventId, language).map(d -> EventFacts.of(r, d)));
  }

  /** The event's slug, by id. */
  Optional<String> slugOf(Long eventId) {
    return events.find(eventId).map(r -> r.slug().value());
  }

  private Optional<EventFacts> read(EventRecord record, Long viewerId) {
    return catalogue.details(record.slug().value(), viewerId).map(d -> EventFacts.of(record, d));
  }
}
