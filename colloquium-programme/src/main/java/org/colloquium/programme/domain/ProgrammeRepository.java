package org.colloquium.programme.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquium.kernel.persistence.PersistenceUnit;

/**
 * The rooms, sessions, contributions and unavailabilities of events' work-in-progress programmes.
 * Each read of a whole programme is one query per kind, whatever its size. Joins the caller's
 * transaction.
 */
@ApplicationScoped
public class ProgrammeRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public <T> void add(T entity) {
    em.persist(entity);
  }

  public <T> void remove(T entity) {
    em.remove(entity);
  }

  public List<Room> rooms(Long eventId) {
    return em.createQuery(
            "select r from Room r where r.eventId = :event order by r.position, r.id", Room.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  public Optional<Room> room(Long eventId, Long roomId) {
    return Optional.ofNullable(em.find(Room.class, roomId))
        .filter(r -> r.eventId().equals(eventId));
  }

  /** With their chairs, in one query. */
  public List<TimetableSession> sessions(Long eventId) {
    return em.createQuery(
            "select distinct s from TimetableSession s left join fetch s.chairs"
                + " where s.eventId = :event",
            TimetableSession.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  public Optional<TimetableSession> session(Long eventId, Long sessionId) {
    return Optional.ofNullable(em.find(TimetableSession.class, sessionId))
        .filter(s -> s.eventId().equals(eventId));
  }

  public List<Contribution> contributions(Long eventId) {
    return em.createQuery(
            "select c from Contribution c where c.eventId = :event order by c.id",
            Contribution.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** The ids of the event's contributions, in no order. */
  public Set<Long> contributionIds(Long eventId) {
    return Set.copyOf(
        em.createQuery("select c.id from Contribution c where c.eventId = :event", Long.class)
            .setParameter("event", eventId)
            .getResultList());
  }

  public Optional<Contribution> contribution(Long eventId, Long contributionId) {
    return Optional.ofNullable(em.find(Contribution.class, contributionId))
        .filter(c -> c.eventId().equals(eventId));
  }

  public List<Unavailability> unavailabilities(Long eventId) {
    return em.createQuery(
            "select u from Unavailability u where u.eventId = :event order by u.startsAt, u.id",
            Unavailability.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  public Optional<Unavailability> unavailability(Long eventId, Long id) {
    return Optional.ofNullable(em.find(Unavailability.class, id))
        .filter(u -> u.eventId().equals(eventId));
  }

  /** The contributions an account starred in an event, by id. */
  public List<Long> stars(Long accountId, Long eventId) {
    return em.createQuery(
            "select s.key.contributionId from AgendaStar s"
                + " where s.key.accountId = :account and s.key.eventId = :event"
                + " order by s.key.contributionId",
            Long.class)
        .setParameter("account", accountId)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** How many signed-in visitors starred each contribution of the event that anyone starred. */
  public Map<Long, Integer> starCounts(Long eventId) {
    Map<Long, Integer> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select s.key.contributionId, count(s) from AgendaStar s"
                    + " where s.key.eventId = :event group by s.key.contributionId",
                Object[].class)
            .setParameter("event", eventId)
            .getResultList()) {
      counts.put((Long) row[0], ((Number) row[1]).intValue());
    }
    return counts;
  }

  /** Makes {@code contributionIds} the account's stars in the event, and nothing else. */
  public void replaceStars(Long accountId, Long eventId, Collection<Long> contributionIds) {
    em.createQuery(
            "delete from AgendaStar s"
                + " where s.key.accountId = :account and s.key.eventId = :event")
        .setParameter("account", accountId)
        .setParameter("event", eventId)
        .executeUpdate();
    for (Long id : contributionIds) {
      em.persist(new AgendaStar(accountId, eventId, id));
    }
  }

  public Optional<PreferredDays> preferredDays(Long submissionId) {
    return Optional.ofNullable(em.find(PreferredDays.class, submissionId));
  }

  /** The days the speakers of the event's submissions would rather present on, where they said. */
  public List<PreferredDays> preferredDaysOfEvent(Long eventId) {
    return em.createQuery(
            "select p from PreferredDays p where p.eventId = :event order by p.submissionId",
            PreferredDays.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  public Optional<PublicationChoice> publicationChoice(Long submissionId) {
    return Optional.ofNullable(em.find(PublicationChoice.class, submissionId));
  }

  /**
   * The authors' choices of what may be published, for every submission of the event that has one.
   */
  public List<PublicationChoice> publicationChoices(Long eventId) {
    return em.createQuery(
            "select p from PublicationChoice p where p.eventId = :event", PublicationChoice.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  public List<WarningSeverityChoice> severities(Long eventId) {
    return em.createQuery(
            "select w from WarningSeverityChoice w where w.key.eventId = :event",
            WarningSeverityChoice.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  public Optional<Release> release(Long eventId, int number) {
    return em.createQuery(
            "select r from Release r where r.eventId = :event and r.number = :number",
            Release.class)
        .setParameter("event", eventId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  /** The newest release's version, without reading any content. */
  public Optional<Integer> newestNumber(Long eventId) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(r.number) from Release r where r.eventId = :event", Integer.class)
            .setParameter("event", eventId)
            .getSingleResult());
  }

  /** The newest release's id and version, without reading its content. */
  public Optional<Object[]> newestKey(Long eventId) {
    return em.createQuery(
            "select r.id, r.number from Release r where r.eventId = :event order by r.number desc",
            Object[].class)
        .setParameter("event", eventId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Optional<Release> release(Long releaseId) {
    return Optional.ofNullable(em.find(Release.class, releaseId));
  }

  /** The summaries of an event's releases, newest first, without their content. */
  public List<Object[]> summaries(Long eventId) {
    return em.createQuery(
            "select r.number, r.publishedAt, r.changelog from Release r where r.eventId = :event"
                + " order by r.number desc",
            Object[].class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** The newest undo steps of an event, newest first. */
  public List<UndoStep> undoSteps(Long eventId, int limit) {
    return em.createQuery(
            "select u from UndoStep u where u.eventId = :event order by u.id desc", UndoStep.class)
        .setParameter("event", eventId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Forgets an event's steps older than its {@code kept} newest. */
  public void forgetOldUndoSteps(Long eventId, int kept) {
    if (kept == 0) {
      em.createQuery("delete from UndoStep u where u.eventId = :event")
          .setParameter("event", eventId)
          .executeUpdate();
      return;
    }
    List<Long> older =
        em.createQuery(
                "select u.id from UndoStep u where u.eventId = :event order by u.id desc",
                Long.class)
            .setParameter("event", eventId)
            .setFirstResult(kept)
            .setMaxResults(1)
            .getResultList();
    if (!older.isEmpty()) {
      em.createQuery("delete from UndoStep u where u.eventId = :event and u.id <= :id")
          .setParameter("event", eventId)
          .setParameter("id", older.get(0))
          .executeUpdate();
    }
  }

  public Optional<DraftRun> draft(Long eventId, Long runId) {
    return Optional.ofNullable(em.find(DraftRun.class, runId))
        .filter(r -> r.eventId().equals(eventId));
  }

  public Optional<DraftRun> draft(Long runId) {
    return Optional.ofNullable(em.find(DraftRun.class, runId));
  }

  public Optional<DraftRun> newestDraft(Long eventId) {
    return em.createQuery(
            "select r from DraftRun r where r.eventId = :event order by r.requestedAt desc, r.id desc",
            DraftRun.class)
        .setParameter("event", eventId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * The oldest queued draft, or one running on a node that has not beaten since {@code staleBefore}
   * (it died), locked so that one node solves it (the others skip it: SKIP LOCKED where the
   * database has it).
   */
  public Optional<DraftRun> claimNextQueuedDraft(Instant staleBefore) {
    return em.createQuery(
            "select r from DraftRun r where r.state = :queued or (r.state = :running"
                + " and coalesce(r.heartbeatAt, r.startedAt) < :stale) order by r.requestedAt",
            DraftRun.class)
        .setParameter("queued", org.colloquium.programme.api.DraftState.QUEUED)
        .setParameter("running", org.colloquium.programme.api.DraftState.RUNNING)
        .setParameter("stale", staleBefore)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", -2)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Renews the heartbeat of a draft this claim still holds.
   *
   * @return whether it still holds it
   */
  public boolean beatDraft(Long runId, String token, Instant at) {
    return em.createQuery(
                "update DraftRun r set r.heartbeatAt = :at where r.id = :id"
                    + " and r.claimToken = :token and r.state = :running")
            .setParameter("at", at)
            .setParameter("id", runId)
            .setParameter("token", token)
            .setParameter("running", org.colloquium.programme.api.DraftState.RUNNING)
            .executeUpdate()
        == 1;
  }

  /**
   * Renews the claim of a release's PDFs, if {@code token} still holds it.
   *
   * @return whether it still holds it
   */
  public boolean beatReleasePdfs(Long releaseId, String token, Instant at) {
    return em.createQuery(
                "update Release r set r.pdfClaimedAt = :at where r.id = :id"
                    + " and r.pdfClaimToken = :token and r.pdfState = :running")
            .setParameter("at", at)
            .setParameter("id", releaseId)
            .setParameter("token", token)
            .setParameter("running", Release.PdfState.RUNNING)
            .executeUpdate()
        == 1;
  }

  /**
   * A release, locked: its PDFs' result is written only by the claim that holds it, and a claim by
   * another node waits for (or skips) the row meanwhile.
   */
  public Optional<Release> lockedRelease(Long releaseId) {
    return Optional.ofNullable(
        em.find(Release.class, releaseId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * A release whose PDFs are still to be made, or whose maker stopped renewing its claim before
   * {@code staleBefore} (its node died or froze), locked so that one node takes it: SKIP LOCKED
   * where the database has it.
   */
  public Optional<Release> claimReleaseForPdfs(Instant staleBefore) {
    return em.createQuery(
            "select r from Release r where r.pdfState = :pending"
                + " or (r.pdfState = :running and r.pdfClaimedAt < :stale) order by r.id",
            Release.class)
        .setParameter("pending", Release.PdfState.PENDING)
        .setParameter("running", Release.PdfState.RUNNING)
        .setParameter("stale", staleBefore)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", -2)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
