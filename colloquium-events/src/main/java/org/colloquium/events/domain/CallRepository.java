package org.colloquium.events.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.persistence.PersistenceUnit;

/**
 * Calls for papers for the services that edit and show them. Joins the caller's transaction; {@link
 * #flush()} lets a service see a lost optimistic lock (or a second call for the same event) while
 * it can still answer with a message.
 */
@ApplicationScoped
public class CallRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public Optional<CallForPapers> ofEvent(Long eventId) {
    return em.createNamedQuery("CallForPapers.ofEvent", CallForPapers.class)
        .setParameter("event", eventId)
        .getResultStream()
        .findFirst();
  }

  public Optional<Event> event(Long eventId) {
    return Optional.ofNullable(em.find(Event.class, eventId));
  }

  /**
   * Calls with a moment after {@code since} (opening, a deadline, notification, camera-ready): the
   * ones whose public pages may still change by themselves.
   */
  public List<CallForPapers> withMomentsAfter(Instant since) {
    return em.createQuery(
            "select c from CallForPapers c where c.opensAt > :since"
                + " or c.abstractDeadline > :since or c.fullPaperDeadline > :since"
                + " or c.notificationAt > :since or c.cameraReadyAt > :since",
            CallForPapers.class)
        .setParameter("since", since)
        .getResultList();
  }

  public void add(CallForPapers call) {
    em.persist(call);
  }

  public void flush() {
    em.flush();
  }
}
