package org.colloquium.reviews.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.persistence.PersistenceUnit;

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
