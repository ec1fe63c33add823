package org.colloquium.reviews.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.colloquium.reviews.api.ConflictKind;

/**
 * Conflicts of interest as stored: the reasons found or declared, and organisers' pins. A pair is
 * conflicted when a pin says so, or when there is a reason and no pin lifts it. Joins the caller's
 * transaction.
 */
@ApplicationScoped
public class ConflictRepository {

  private static final String EFFECTIVE_FOR_ACCOUNT =
      "select c.submissionId from ReviewConflict c where c.eventId = :event"
          + " and c.accountId = :account and not exists (select p from ConflictPin p"
          + " where p.submissionId = c.submissionId and p.accountId = c.accountId"
          + " and p.conflicted = false)";

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  /** The submissions of the event that this person is conflicted with. */
  public Set<Long> conflictedSubmissions(Long eventId, Long accountId) {
    Set<Long> ids =
        new HashSet<>(
            em.createQuery(EFFECTIVE_FOR_ACCOUNT, Long.class)
                .setParameter("event", eventId)
                .setParameter("account", accountId)
                .getResultList());
    ids.addAll(
        em.createQuery(
                "select p.submissionId from ConflictPin p where p.eventId = :event"
                    + " and p.accountId = :account and p.conflicted = true",
                Long.class)
            .setParameter("event", eventId)
            .setParameter("account", accountId)
            .getResultList());
    return ids;
  }

  /** Whether this person may not touch this submission. */
  public boolean conflicted(Long submissionId, Long accountId) {
    Optional<ConflictPin> pin = pin(submissionId, accountId);
    if (pin.isPresent()) {
      return pin.get().conflicted();
    }
    return !reasons(submissionId, accountId).isEmpty();
  }

  public List<ReviewConflict> reasons(Long submissionId, Long accountId) {
    return em.createQuery(
            "select c from ReviewConflict c where c.submissionId = :submission"
                + " and c.accountId = :account order by c.kind",
            ReviewConflict.class)
        .setParameter("submission", submissionId)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** Every reason in the event, for the organisers' tables. */
  public List<ReviewConflict> reasonsOfEvent(Long eventId) {
    return em.createQuery(
            "select c from ReviewConflict c where c.eventId = :event", ReviewConflict.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** The event's conflicted pairs as {submission, account} rows (a pair once per kind). */
  public List<Object[]> conflictRowsOfEvent(Long eventId) {
    return em.createQuery(
            "select c.submissionId, c.accountId from ReviewConflict c where c.eventId = :event",
            Object[].class)
        .setParameter("event", eventId)
        .getResultList();
  }

  public List<ConflictPin> pinsOfEvent(Long eventId) {
    return em.createQuery("select p from ConflictPin p where p.eventId = :event", ConflictPin.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  public Optional<ConflictPin> pin(Long submissionId, Long accountId) {
    return Optional.ofNullable(em.find(ConflictPin.class, new PairKey(submissionId, accountId)));
  }

  public void remove(ConflictPin pin) {
    em.remove(pin);
  }

  public void add(ConflictPin pin) {
    em.persist(pin);
  }

  public void add(ReviewConflict conflict) {
    em.persist(conflict);
  }

  /**
   * The conflicts a refresh finds again — automatic ones and those the authors declared — of these
   * submissions, or of the whole event when {@code submissionIds} is null (no list of ids: an event
   * may have more submissions than a statement takes parameters).
   */
  public List<ReviewConflict> foundOf(Long eventId, Collection<Long> submissionIds) {
    List<ConflictKind> kinds = new java.util.ArrayList<>(automaticKinds());
    kinds.add(ConflictKind.DECLARED_BY_AUTHOR);
    var query =
        em.createQuery(
                "select c from ReviewConflict c where c.eventId = :event and c.kind in :kinds"
                    + (submissionIds == null ? "" : " and c.submissionId in :submissions"),
                ReviewConflict.class)
            .setParameter("event", eventId)
            .setParameter("kinds", kinds);
    if (submissionIds != null) {
      if (submissionIds.isEmpty()) {
        return List.of();
      }
      query.setParameter("submissions", submissionIds);
    }
    return query.getResultList();
  }

  public void remove(ReviewConflict conflict) {
    em.remove(conflict);
  }

  /** Forgets a declared reason (the reviewer or the author takes it back). */
  public void forget(Long submissionId, Long accountId, ConflictKind kind) {
    em.createQuery(
            "delete from ReviewConflict c where c.submissionId = :submission"
                + " and c.accountId = :account and c.kind = :kind")
        .setParameter("submission", submissionId)
        .setParameter("account", accountId)
        .setParameter("kind", kind)
        .executeUpdate();
  }

  private static List<ConflictKind> automaticKinds() {
    return java.util.Arrays.stream(ConflictKind.values()).filter(ConflictKind::automatic).toList();
  }

  /**
   * Records that the conflicts of a submission (or, {@code submissionId} null, of the whole event)
   * are to be found again, in the caller's transaction.
   */
  public void markPending(Long eventId, Long submissionId, java.time.Instant at) {
    em.createNativeQuery(
            "insert into review_conflict_pending (event_id, submission_id, requested_at)"
                + " values (?1, ?2, ?3)")
        .setParameter(1, eventId)
        .setParameter(2, submissionId)
        .setParameter(3, at.atOffset(java.time.ZoneOffset.UTC))
        .executeUpdate();
  }

  /**
   * Up to {@code limit} pending refreshes, oldest first, locked until the caller's transaction
   * ends; rows another node holds are skipped. Each row: id, event id, submission id (null: the
   * event).
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> claimPending(int limit) {
    return em.createNativeQuery(
            "select id, event_id, submission_id from review_conflict_pending order by id"
                + " fetch first "
                + limit
                + " rows only for update skip locked")
        .getResultList();
  }

  /** As {@link #claimPending(int)}, for one event's refreshes only. */
  @SuppressWarnings("unchecked")
  public List<Object[]> claimPending(Long eventId, int limit) {
    return em.createNativeQuery(
            "select id, event_id, submission_id from review_conflict_pending where event_id = ?1"
                + " order by id fetch first "
                + limit
                + " rows only for update skip locked")
        .setParameter(1, eventId)
        .getResultList();
  }

  /** The events that have pending refreshes, in id order. */
  public List<Long> pendingEvents() {
    List<?> rows =
        em.createNativeQuery(
                "select distinct event_id from review_conflict_pending order by event_id")
            .getResultList();
    return rows.stream().map(row -> ((Number) row).longValue()).toList();
  }

  /** Removes pending refreshes claimed and done in this transaction. */
  public void donePending(Collection<Long> ids) {
    if (!ids.isEmpty()) {
      em.createNativeQuery("delete from review_conflict_pending where id in (:ids)")
          .setParameter("ids", ids)
          .executeUpdate();
    }
  }
}
