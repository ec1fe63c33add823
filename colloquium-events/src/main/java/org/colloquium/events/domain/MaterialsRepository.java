package org.colloquium.events.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.persistence.PersistenceUnit;

/**
 * Tracks, presentation types, attachments and media links of events, in their order. Joins the
 * caller's transaction.
 */
@ApplicationScoped
public class MaterialsRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public void add(Object trackTypeAttachmentOrLink) {
    em.persist(trackTypeAttachmentOrLink);
  }

  public void remove(Object trackTypeAttachmentOrLink) {
    em.remove(trackTypeAttachmentOrLink);
  }

  /** Writes pending changes now, so a version conflict surfaces inside the service. */
  public void flush() {
    em.flush();
  }

  public List<Track> tracks(Long eventId) {
    return ordered(Track.class, eventId);
  }

  public List<PresentationType> types(Long eventId) {
    return ordered(PresentationType.class, eventId);
  }

  public List<EventAttachment> attachments(Long eventId) {
    return ordered(EventAttachment.class, eventId);
  }

  public List<MediaLink> mediaLinks(Long eventId) {
    return ordered(MediaLink.class, eventId);
  }

  /** One item of an event: an id of another event's item is not found. */
  public <T extends Positioned> Optional<T> find(Class<T> type, Long eventId, Long id) {
    return ordered(type, eventId).stream().filter(item -> item.id().equals(id)).findFirst();
  }

  /** The version of the event row, which changes whenever its partners change. */
  public int eventVersion(Long eventId) {
    return em.createQuery("select e.version from Event e where e.id = :id", Integer.class)
        .setParameter("id", eventId)
        .getSingleResult();
  }

  /** Ids of the accounts that hold any role in the event. */
  public List<Long> memberIds(Long eventId) {
    return em.createQuery(
            "select distinct m.accountId from EventMember m where m.eventId = :event", Long.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  private <T> List<T> ordered(Class<T> type, Long eventId) {
    return em.createQuery(
            "select x from "
                + type.getSimpleName()
                + " x where x.eventId = :event order by x.position, x.id",
            type)
        .setParameter("event", eventId)
        .getResultList();
  }
}
