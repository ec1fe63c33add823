package org.colloquium.reviews.domain;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.colloquium.kernel.persistence.PersistenceUnit;

/**
 * Assignments, bids and the runs of the automatic assignment with their proposals. Joins the
 * caller's transaction.
 */
@ApplicationScoped
public class AssignmentRepository {

  private static final int BATCH = 1000;

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  /** The persistence unit's data source: within a transaction, the same connection. */
  @Resource(lookup = PersistenceUnit.DATASOURCE)
  DataSource dataSource;

  public void add(ReviewAssignment assignment) {
    em.persist(assignment);
  }

  public void remove(ReviewAssignment assignment) {
    em.remove(assignment);
  }

  public Optional<ReviewAssignment> find(Long submissionId, Long accountId) {
    return em.createQuery(
            "select a from ReviewAssignment a where a.submissionId = :submission"
                + " and a.accountId = :account",
            ReviewAssignment.class)
        .setParameter("submission", submissionId)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  /** A submission's assignments, declined ones included, in the order they were made. */
  public List<ReviewAssignment> ofSubmission(Long submissionId) {
    return em.createQuery(
            "select a from ReviewAssignment a where a.submissionId = :submission order by a.id",
            ReviewAssignment.class)
        .setParameter("submission", submissionId)
        .getResultList();
  }

  /** The event's assignments, declined ones included. */
  public List<ReviewAssignment> ofEvent(Long eventId) {
    return em.createQuery(
            "select a from ReviewAssignment a where a.eventId = :event order by a.submissionId,"
                + " a.assignedAt",
            ReviewAssignment.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  public List<ReviewAssignment> ofReviewer(Long eventId, Long accountId) {
    return em.createQuery(
            "select a from ReviewAssignment a where a.eventId = :event and a.accountId = :account"
                + " order by a.assignedAt, a.submissionId",
            ReviewAssignment.class)
        .setParameter("event", eventId)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** The events in which this person has been assigned anything. */
  public List<Long> eventsOf(Long accountId) {
    return em.createQuery(
            "select distinct a.eventId from ReviewAssignment a where a.accountId = :account",
            Long.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public Optional<ReviewBid> bid(Long submissionId, Long accountId) {
    return Optional.ofNullable(em.find(ReviewBid.class, new PairKey(submissionId, accountId)));
  }

  public void add(ReviewBid bid) {
    em.persist(bid);
  }

  public void remove(ReviewBid bid) {
    em.remove(bid);
  }

  public List<ReviewBid> bidsOf(Long eventId, Long accountId) {
    return em.createQuery(
            "select b from ReviewBid b where b.eventId = :event and b.accountId = :account",
            ReviewBid.class)
        .setParameter("event", eventId)
        .setParameter("account", accountId)
        .getResultList();
  }

  public List<ReviewBid> bidsOfEvent(Long eventId) {
    return em.createQuery("select b from ReviewBid b where b.eventId = :event", ReviewBid.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /**
   * The event's bids as {submission, account, bid value} rows, without entities: an automatic
   * assignment of a large event reads hundreds of thousands.
   */
  public List<Object[]> bidRowsOfEvent(Long eventId) {
    return em.createQuery(
            "select b.submissionId, b.accountId, b.bid from ReviewBid b where b.eventId = :event",
            Object[].class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** The event's assignments as {submission, account, assigned (not declined)} rows. */
  public List<Object[]> assignmentRowsOfEvent(Long eventId) {
    return em.createQuery(
            "select a.submissionId, a.accountId,"
                + " case when a.state = :assigned then true else false end"
                + " from ReviewAssignment a where a.eventId = :event",
            Object[].class)
        .setParameter("event", eventId)
        .setParameter("assigned", ReviewAssignment.State.ASSIGNED)
        .getResultList();
  }

  /**
   * Writes what is pending and lets go of every entity read so far in this transaction: reading a
   * large event loads tens of thousands, and each later query would check them all for changes
   * before it runs.
   */
  public void settle() {
    em.flush();
    em.clear();
  }

  public void add(AssignmentRun run) {
    em.persist(run);
  }

  public Optional<AssignmentRun> run(Long runId) {
    return Optional.ofNullable(em.find(AssignmentRun.class, runId));
  }

  public Optional<AssignmentRun> latestRun(Long eventId) {
    return em.createQuery(
            "select r from AssignmentRun r where r.eventId = :event order by r.requestedAt desc,"
                + " r.id desc",
            AssignmentRun.class)
        .setParameter("event", eventId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * The oldest queued run, or running one whose node stopped renewing its claim before {@code
   * staleBefore} (it died or froze), locked so that one node runs it (the others skip it and find
   * the next: SKIP LOCKED where the database has it).
   */
  public Optional<AssignmentRun> claimNextQueued(Instant staleBefore) {
    return em.createQuery(
            "select r from AssignmentRun r where r.state = :queued or (r.state = :running"
                + " and coalesce(r.heartbeatAt, r.claimedAt) < :stale) order by r.requestedAt",
            AssignmentRun.class)
        .setParameter("queued", AssignmentRun.State.QUEUED)
        .setParameter("running", AssignmentRun.State.RUNNING)
        .setParameter("stale", staleBefore)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", -2)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Renews the claim of a run, if {@code token} still holds it.
   *
   * @return whether it still holds it
   */
  public boolean beat(Long runId, String token, Instant at) {
    return em.createQuery(
                "update AssignmentRun r set r.heartbeatAt = :at where r.id = :id"
                    + " and r.claimToken = :token and r.state = :running")
            .setParameter("at", at)
            .setParameter("id", runId)
            .setParameter("token", token)
            .setParameter("running", AssignmentRun.State.RUNNING)
            .executeUpdate()
        == 1;
  }

  /**
   * Stores a run's proposed pairs as JDBC batches on the transaction's connection: tens of
   * thousands of rows, which one statement each would take seconds to write.
   */
  public void propose(Long runId, long[] submissionIds, long[] accountIds, long[] costs) {
    em.flush();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into review_proposed_pair (run_id, submission_id, account_id, cost)"
                    + " values (?, ?, ?, ?)")) {
      for (int i = 0; i < submissionIds.length; i++) {
        insert.setLong(1, runId);
        insert.setLong(2, submissionIds[i]);
        insert.setLong(3, accountIds[i]);
        insert.setLong(4, costs[i]);
        insert.addBatch();
        if (i % BATCH == BATCH - 1) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the proposal of run " + runId, e);
    }
  }

  public void proposeShortfall(Long runId, long submissionId, int missing, String reason) {
    em.createNativeQuery(
            "insert into review_proposed_shortfall (run_id, submission_id, missing, reason)"
                + " values (?, ?, ?, ?)")
        .setParameter(1, runId)
        .setParameter(2, submissionId)
        .setParameter(3, missing)
        .setParameter(4, reason)
        .executeUpdate();
  }

  /** A run's proposed pairs: submission id, account id, cost. */
  public List<long[]> proposal(Long runId) {
    List<?> rows =
        em.createNativeQuery(
                "select submission_id, account_id, cost from review_proposed_pair"
                    + " where run_id = ? order by submission_id, account_id")
            .setParameter(1, runId)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new long[] {
                  ((Number) r[0]).longValue(),
                  ((Number) r[1]).longValue(),
                  ((Number) r[2]).longValue()
                })
        .toList();
  }

  /** A run's short submissions: submission id, missing, reason. */
  public List<Object[]> shortfalls(Long runId) {
    List<?> rows =
        em.createNativeQuery(
                "select submission_id, missing, reason from review_proposed_shortfall"
                    + " where run_id = ? order by submission_id")
            .setParameter(1, runId)
            .getResultList();
    return rows.stream().map(r -> (Object[]) r).toList();
  }

  public void forgetProposal(Long runId) {
    em.createNativeQuery("delete from review_proposed_pair where run_id = ?")
        .setParameter(1, runId)
        .executeUpdate();
    em.createNativeQuery("delete from review_proposed_shortfall where run_id = ?")
        .setParameter(1, runId)
        .executeUpdate();
  }

  public void flush() {
    em.flush();
  }
}
