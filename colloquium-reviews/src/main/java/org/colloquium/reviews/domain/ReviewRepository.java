package org.colloquium.reviews.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.persistence.PersistenceUnit;

/** Reviews and their answers. Joins the caller's transaction. */
@ApplicationScoped
public class ReviewRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public void add(Review review) {
    em.persist(review);
  }

  public void flush() {
    em.flush();
  }

  public Optional<Review> ofAssignment(Long assignmentId) {
    return em.createQuery(
            "select r from Review r left join fetch r.answers where r.assignmentId = :assignment",
            Review.class)
        .setParameter("assignment", assignmentId)
        .getResultStream()
        .findFirst();
  }

  /** A reviewer's reviews in an event, without their answers: for the progress list. */
  public List<Review> ofReviewer(Long eventId, Long accountId) {
    return em.createQuery(
            "select r from Review r where r.eventId = :event and r.accountId = :account",
            Review.class)
        .setParameter("event", eventId)
        .setParameter("account", accountId)
        .getResultList();
  }

  /**
   * A submission's reviews with their answers, in the order they were assigned (so that "Reviewer
   * B" stays B).
   */
  public List<Review> ofSubmission(Long submissionId) {
    return em.createQuery(
            "select distinct r from Review r left join fetch r.answers"
                + " where r.submissionId = :submission order by r.assignmentId",
            Review.class)
        .setParameter("submission", submissionId)
        .getResultList();
  }

  /** Every review of the event, without answers: for the dashboard, in one query. */
  public List<Review> ofEvent(Long eventId) {
    return em.createQuery("select r from Review r where r.eventId = :event", Review.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /**
   * The event's reviews as {submission, account, submitted, weighted score, confidence, submitted
   * at} rows: what a dashboard sums up, without an entity each.
   */
  public List<Object[]> scoreRowsOfEvent(Long eventId) {
    return em.createQuery(
            "select r.submissionId, r.accountId,"
                + " case when r.state = :submitted then true else false end,"
                + " r.weightedScore, r.confidence, r.submittedAt from Review r"
                + " where r.eventId = :event",
            Object[].class)
        .setParameter("event", eventId)
        .setParameter("submitted", Review.State.SUBMITTED)
        .getResultList();
  }

  /** Every submitted review of the event with its answers, in one query: for the authors' mails. */
  public List<Review> submittedWithAnswers(Long eventId) {
    return em.createQuery(
            "select distinct r from Review r left join fetch r.answers"
                + " where r.eventId = :event and r.state = :state order by r.assignmentId",
            Review.class)
        .setParameter("event", eventId)
        .setParameter("state", Review.State.SUBMITTED)
        .getResultList();
  }

  /** Whether anyone has written a review (a draft included) in the event. */
  public boolean anyIn(Long eventId) {
    return !em.createQuery("select r.id from Review r where r.eventId = :event", Long.class)
        .setParameter("event", eventId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
