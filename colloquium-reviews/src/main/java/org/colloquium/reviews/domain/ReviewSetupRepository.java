package org.colloquium.reviews.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.persistence.PersistenceUnit;

/** Events' review setups and forms. Joins the caller's transaction. */
@ApplicationScoped
public class ReviewSetupRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public Optional<ReviewSetup> find(Long eventId) {
    return Optional.ofNullable(em.find(ReviewSetup.class, eventId));
  }

  /** The setup, locked until the transaction ends (one server of a cluster sends a reminder). */
  public Optional<ReviewSetup> locked(Long eventId) {
    return Optional.ofNullable(
        em.find(ReviewSetup.class, eventId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  public void add(ReviewSetup setup) {
    em.persist(setup);
  }

  public void add(ReviewCriterion criterion) {
    em.persist(criterion);
  }

  public void remove(ReviewCriterion criterion) {
    em.remove(criterion);
  }

  public void flush() {
    em.flush();
  }

  /** The event's review form in its order. */
  public List<ReviewCriterion> form(Long eventId) {
    return em.createQuery(
            "select c from ReviewCriterion c where c.eventId = :event order by c.position",
            ReviewCriterion.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** The events that have a review set up. */
  public List<ReviewSetup> all() {
    return em.createQuery("select s from ReviewSetup s", ReviewSetup.class).getResultList();
  }

  public Optional<ReviewerSettings> reviewer(Long eventId, Long accountId) {
    return Optional.ofNullable(
        em.find(ReviewerSettings.class, new ReviewerSettings.Key(eventId, accountId)));
  }

  public void add(ReviewerSettings settings) {
    em.persist(settings);
  }

  /** Every reviewer's settings in the event, interests included. */
  /** Reviewers' own settings as {account, keywords, min load, max load} rows. */
  public List<Object[]> reviewerRows(Long eventId) {
    return em.createQuery(
            "select r.accountId, r.keywords, r.minLoad, r.maxLoad from ReviewerSettings r"
                + " where r.eventId = :event",
            Object[].class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** The tracks reviewers declared an interest in, as {account, track} rows. */
  public List<Object[]> reviewerTrackRows(Long eventId) {
    return em.createQuery(
            "select r.accountId, t from ReviewerSettings r join r.trackIds t"
                + " where r.eventId = :event",
            Object[].class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** The tracks reviewers' pools hold, as {account, track} rows. */
  public List<Object[]> reviewerPoolRows(Long eventId) {
    return em.createQuery(
            "select r.accountId, t from ReviewerSettings r join r.poolTrackIds t"
                + " where r.eventId = :event",
            Object[].class)
        .setParameter("event", eventId)
        .getResultList();
  }

  public List<ReviewerSettings> reviewers(Long eventId) {
    return em.createQuery(
            "select distinct r from ReviewerSettings r left join fetch r.trackIds"
                + " where r.eventId = :event",
            ReviewerSettings.class)
        .setParameter("event", eventId)
        .getResultList();
  }
}
