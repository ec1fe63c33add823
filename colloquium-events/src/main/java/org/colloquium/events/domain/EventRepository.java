package org.colloquium.events.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.colloquium.events.api.EventRole;
import org.colloquium.kernel.persistence.PersistenceUnit;

/** Events, their calls for papers and members. Joins the caller's transaction. */
@ApplicationScoped
public class EventRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public void add(Event event) {
    em.persist(event);
  }

  public void add(CallForPapers call) {
    em.persist(call);
  }

  public void add(EventMember member) {
    em.persist(member);
  }

  /** Writes pending changes now, so that a conflict or a taken slug surfaces inside the service. */
  public void flush() {
    em.flush();
  }

  public boolean slugTaken(String slug, Long exceptEventId) {
    // -1 matches no event: sequences start at 1.
    return em.createQuery(
                "select count(e) from Event e where e.slug = :slug and e.id <> :except", Long.class)
            .setParameter("slug", slug)
            .setParameter("except", exceptEventId == null ? -1L : exceptEventId)
            .getSingleResult()
        > 0;
  }

  /** By id, from the persistence context when it is there already: no query to plan. */
  public Optional<Event> find(Long id) {
    return Optional.ofNullable(em.find(Event.class, id));
  }

  public Optional<Event> findBySlug(String slug) {
    return em.createNamedQuery("Event.bySlug", Event.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public List<Event> publicUpcoming(Instant now) {
    return em.createNamedQuery("Event.publicFromEnd", Event.class)
        .setParameter("now", now)
        .getResultList();
  }

  public List<Event> publicPast(Instant now, int limit) {
    return em.createNamedQuery("Event.publicPast", Event.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The first start or end of an event after {@code now}: "upcoming" and "past" change then. */
  public Optional<Instant> firstStartOrEndAfter(Instant now) {
    Instant start =
        em.createQuery("select min(e.startsAt) from Event e where e.startsAt > :now", Instant.class)
            .setParameter("now", now)
            .getSingleResult();
    Instant end =
        em.createQuery("select min(e.endsAt) from Event e where e.endsAt > :now", Instant.class)
            .setParameter("now", now)
            .getSingleResult();
    return Stream.of(start, end).filter(Objects::nonNull).min(Instant::compareTo);
  }

  public List<Event> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from Event e where e.id in :ids order by e.startsAt desc", Event.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public List<Event> all() {
    return em.createQuery("select e from Event e order by e.startsAt desc", Event.class)
        .getResultList();
  }

  public Optional<CallForPapers> callOf(Long eventId) {
    return em.createNamedQuery("CallForPapers.ofEvent", CallForPapers.class)
        .setParameter("event", eventId)
        .getResultStream()
        .findFirst();
  }

  /** A call with its event. */
  public record CallWithEvent(CallForPapers call, Event event) {}

  /** Calls open at {@code now} on public events, the nearest deadline first, in one query. */
  public List<CallWithEvent> publicCallsOpenAt(Instant now) {
    return em.createQuery(
            "select c, e from CallForPapers c, Event e where e.id = c.eventId"
                + " and c.opensAt <= :now and c.abstractDeadline > :now"
                + " and e.status <> org.colloquium.events.api.EventStatus.DRAFT"
                + " order by c.abstractDeadline",
            Object[].class)
        .setParameter("now", now)
        .getResultStream()
        .map(row -> new CallWithEvent((CallForPapers) row[0], (Event) row[1]))
        .toList();
  }

  public Set<EventRole> rolesOf(Long eventId, Long accountId) {
    return em.createNamedQuery("EventMember.rolesOf", EventRole.class)
        .setParameter("event", eventId)
        .setParameter("account", accountId)
        .getResultStream()
        .collect(Collectors.toSet());
  }

  public List<Long> membersWith(Long eventId, EventRole role) {
    return em.createQuery(
            "select m.accountId from EventMember m where m.eventId = :event and m.role = :role"
                + " order by m.accountId",
            Long.class)
        .setParameter("event", eventId)
        .setParameter("role", role)
        .getResultList();
  }

  public List<Long> eventsWhere(Long accountId, EventRole role) {
    return em.createNamedQuery("EventMember.eventsWithRole", Long.class)
        .setParameter("account", accountId)
        .setParameter("role", role)
        .getResultList();
  }
}
