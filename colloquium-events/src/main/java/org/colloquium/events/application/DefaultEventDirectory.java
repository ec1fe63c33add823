package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.colloquium.events.api.CallRecord;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDetails;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.domain.CallForPapers;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.persistence.PersistenceUnit;

/** The module's implementation of {@link EventDirectory}, over {@link EventAccess}. */
@ApplicationScoped
public class DefaultEventDirectory implements EventDirectory {

  @Inject EventAccess access;
  @Inject EventRepository events;
  @Inject Clock clock;

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  @Override
  public EventRecord manageable(Long actorId, String slug) {
    return record(access.manageable(actorId, slug));
  }

  @Override
  public Optional<EventRecord> visible(String slug, Long viewerId) {
    return access.visible(slug, viewerId).map(DefaultEventDirectory::record);
  }

  @Override
  public boolean isAdministrator(Long accountId) {
    return access.isAdministrator(accountId);
  }

  @Override
  public Set<EventRole> roles(Long accountId, Long eventId) {
    return accountId == null ? Set.of() : events.rolesOf(eventId, accountId);
  }

  @Override
  public List<Long> membersWith(Long eventId, EventRole role) {
    return events.membersWith(eventId, role);
  }

  @Override
  public List<Long> eventsWhere(Long accountId, EventRole role) {
    return events.eventsWhere(accountId, role);
  }

  @Override
  public Optional<EventRecord> find(Long eventId) {
    return events.find(eventId).map(DefaultEventDirectory::record);
  }

  @Override
  public Optional<EventDetails> details(Long eventId, Language language) {
    Instant now = clock.instant();
    return events
        .find(eventId)
        .map(e -> EventViews.details(e, events.callOf(e.id()).orElse(null), now, language));
  }

  @Override
  public Optional<EventRecord> findBySlug(String slug) {
    return events.findBySlug(slug).map(DefaultEventDirectory::record);
  }

  @Override
  public List<EventRecord> byIds(Collection<Long> eventIds) {
    return events.byIds(eventIds).stream().map(DefaultEventDirectory::record).toList();
  }

  @Override
  public Optional<CallRecord> callOf(Long eventId) {
    return events.callOf(eventId).map(DefaultEventDirectory::record);
  }

  @Override
  public List<Choice> tracks(Long eventId) {
    return choices("Track", eventId);
  }

  @Override
  public List<Choice> presentationTypes(Long eventId) {
    return choices("PresentationType", eventId);
  }

  @Override
  public Set<Long> chairedTracks(Long eventId, Long accountId) {
    return new LinkedHashSet<>(
        em.createQuery(
                "select t.id from Track t join t.chairs c where t.eventId = :event"
                    + " and c = :account order by t.position",
                Long.class)
            .setParameter("event", eventId)
            .setParameter("account", accountId)
            .getResultList());
  }

  /** The entity's rows of the event as choices, in their order: a constant entity name only. */
  private List<Choice> choices(String entity, Long eventId) {
    return em.createQuery(
            "select new org.colloquium.events.api.Choice(t.id, t.name) from "
                + entity
                + " t where t.eventId = :event order by t.position",
            Choice.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /**
   * A native query because both H2 and PostgreSQL understand this form, and JPA's pessimistic lock
   * would also lock (and version-check) the whole entity.
   */
  @Override
  public void lockNumbering(Long eventId) {
    em.createNativeQuery("select id from event where id = ?1 for update")
        .setParameter(1, eventId)
        .getResultList();
  }

  static EventRecord record(Event e) {
    return new EventRecord(
        e.id(), e.slug(), e.title(), e.status(), e.schedule(), e.contentLanguage());
  }

  static CallRecord record(CallForPapers c) {
    return new CallRecord(c.id(), c.eventId(), c.dates(), c.rules(), c.reviewMode());
  }
}
