package org.colloquium.submissions.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.colloquium.submissions.api.SubmissionState;

/** Submissions and their authors. Joins the caller's transaction. */
@ApplicationScoped
public class SubmissionRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public void add(Submission submission) {
    em.persist(submission);
  }

  /** Writes pending changes now, so version conflicts and constraints show up in the caller. */
  public void flush() {
    em.flush();
  }

  public Optional<Submission> find(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(Submission.class, id));
  }

  public Optional<Submission> findByNumber(Long eventId, int number) {
    return em.createQuery(
            "select s from Submission s where s.eventId = :event and s.number = :number",
            Submission.class)
        .setParameter("event", eventId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  public Optional<Submission> findByIdempotencyKey(Long submitterId, String key) {
    return em.createQuery(
            "select s from Submission s where s.submitterId = :submitter and s.idempotencyKey = :key",
            Submission.class)
        .setParameter("submitter", submitterId)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /**
   * The next number of the event; lock the event's numbering first in the same transaction ({@code
   * EventDirectory.lockNumbering}).
   */
  public int nextNumber(Long eventId) {
    Number max =
        em.createQuery(
                "select coalesce(max(s.number), 0) from Submission s where s.eventId = :event",
                Number.class)
            .setParameter("event", eventId)
            .getSingleResult();
    return max.intValue() + 1;
  }

  /** How many submissions the account created in the event, withdrawn ones included. */
  public long countBySubmitter(Long eventId, Long submitterId) {
    return em.createQuery(
            "select count(s) from Submission s where s.eventId = :event and s.submitterId = :account",
            Long.class)
        .setParameter("event", eventId)
        .setParameter("account", submitterId)
        .getSingleResult();
  }

  /** The bytes of the PDFs attached to the account's submissions to the event. */
  public long storedBytesBySubmitter(Long eventId, Long submitterId) {
    Number bytes =
        em.createQuery(
                "select coalesce(sum(coalesce(s.fileSize, 0) + coalesce(s.finalFileSize, 0)), 0)"
                    + " from Submission s"
                    + " where s.eventId = :event and s.submitterId = :account",
                Number.class)
            .setParameter("event", eventId)
            .setParameter("account", submitterId)
            .getSingleResult();
    return bytes.longValue();
  }

  /**
   * The submissions an account created or is an author of (by the account's address), with their
   * authors fetched in the same query.
   */
  public List<Submission> ofPerson(Long accountId, String email) {
    return em.createQuery(
            "select distinct s from Submission s left join fetch s.authors"
                + " where s.submitterId = :account"
                + " or s.id in (select a.submission.id from SubmissionAuthor a where a.email = :email)"
                + " order by s.updatedAt desc, s.id desc",
            Submission.class)
        .setParameter("account", accountId)
        .setParameter("email", email)
        .getResultList();
  }

  /** These submissions with their authors, in one query, by event and number. */
  public List<Submission> withAuthors(Collection<Long> ids) {
    return em.createQuery(
            "select distinct s from Submission s left join fetch s.authors where s.id in :ids"
                + " order by s.eventId, s.number",
            Submission.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** An event's submitted submissions with their authors, in one query, by number. */
  public List<Submission> submittedWithAuthors(Long eventId) {
    return em.createQuery(
            "select distinct s from Submission s left join fetch s.authors"
                + " where s.eventId = :event and s.state = :state order by s.number",
            Submission.class)
        .setParameter("event", eventId)
        .setParameter("state", SubmissionState.SUBMITTED)
        .getResultList();
  }

  /** The event's handed-in submissions in outline, by number, without loading an entity. */
  public List<org.colloquium.submissions.api.SubmissionOutline> submittedOutlines(Long eventId) {
    return em.createQuery(
            "select new org.colloquium.submissions.api.SubmissionOutline(s.id, s.number, s.title,"
                + " s.trackId, s.presentationTypeId, s.submitterId) from Submission s"
                + " where s.eventId = :event and s.state = :state order by s.number",
            org.colloquium.submissions.api.SubmissionOutline.class)
        .setParameter("event", eventId)
        .setParameter("state", SubmissionState.SUBMITTED)
        .getResultList();
  }

  /** The declared conflicts of an event's handed-in submissions: submission, account, reason. */
  public List<Object[]> declaredConflicts(Long eventId) {
    return em.createQuery(
            "select s.id, key(c), value(c) from Submission s join s.declaredConflicts c"
                + " where s.eventId = :event and s.state <> :draft",
            Object[].class)
        .setParameter("event", eventId)
        .setParameter("draft", SubmissionState.DRAFT)
        .getResultList();
  }

  /** The submissions of any event that one of these (lower-case) addresses is an author of. */
  public List<Submission> authoredBy(Collection<String> emails) {
    return em.createQuery(
            "select distinct s from Submission s left join fetch s.authors where s.id in"
                + " (select a.submission.id from SubmissionAuthor a where a.email in :emails)"
                + " order by s.eventId, s.number",
            Submission.class)
        .setParameter("emails", emails)
        .getResultList();
  }
}
