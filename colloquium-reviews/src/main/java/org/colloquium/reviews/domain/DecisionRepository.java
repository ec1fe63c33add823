package org.colloquium.reviews.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.colloquium.reviews.api.Outcome;

/** Decisions on submissions. Joins the caller's transaction. */
@ApplicationScoped
public class DecisionRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public Optional<Decision> find(Long submissionId) {
    return Optional.ofNullable(em.find(Decision.class, submissionId));
  }

  public void add(Decision decision) {
    em.persist(decision);
  }

  public void remove(Decision decision) {
    em.remove(decision);
  }

  public List<Decision> ofEvent(Long eventId) {
    return em.createQuery("select d from Decision d where d.eventId = :event", Decision.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /**
   * The decisions of an event whose authors were told they present it (accepted, also as a poster),
   * in the order of the submissions' ids.
   */
  public List<Decision> presentedIn(Long eventId) {
    return em.createQuery(
            "select d from Decision d where d.eventId = :event and d.notifiedOutcome in :presented"
                + " order by d.submissionId",
            Decision.class)
        .setParameter("event", eventId)
        .setParameter("presented", List.of(Outcome.ACCEPT, Outcome.POSTER))
        .getResultList();
  }

  /**
   * The event's pending decisions, locked until the transaction ends: two organisers pressing
   * "Send" at once send each mail once.
   */
  public List<Decision> pendingLocked(Long eventId) {
    return em.createQuery(
            "select d from Decision d where d.eventId = :event and d.pending = true",
            Decision.class)
        .setParameter("event", eventId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }
}
