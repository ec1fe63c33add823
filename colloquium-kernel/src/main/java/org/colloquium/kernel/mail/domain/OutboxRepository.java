package org.colloquium.kernel.mail.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.mail.api.MailState;
import org.colloquium.kernel.persistence.PersistenceUnit;

/** Outbox rows. Joins the caller's transaction. */
@ApplicationScoped
public class OutboxRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public void add(OutboxMessage message) {
    em.persist(message);
  }

  public Optional<OutboxMessage> find(Long id) {
    return Optional.ofNullable(em.find(OutboxMessage.class, id));
  }

  /**
   * Locks up to {@code limit} due messages that no other sender holds and returns their ids. Native
   * SQL because Hibernate drops SKIP LOCKED on H2; this statement behaves the same on H2 and
   * PostgreSQL, so several nodes can run the sender at once without sending a mail twice.
   */
  @SuppressWarnings("unchecked")
  public List<Long> lockDue(Instant now, int limit) {
    List<Number> ids =
        em.createNativeQuery(lockDueStatement(limit))
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .setParameter(2, now.atOffset(ZoneOffset.UTC))
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /**
   * The claim statement, with the current time as JDBC parameters 1 and 2. Public so that a test
   * can run it on H2 and PostgreSQL from two connections at once.
   */
  public static String lockDueStatement(int limit) {
    return "select id from mail_outbox"
        + " where (state = 'PENDING' and next_attempt_at <= ?)"
        + " or (state = 'SENDING' and lease_expires_at < ?)"
        + " order by next_attempt_at, id"
        + " fetch first "
        + limit
        + " rows only"
        + " for update skip locked";
  }

  public List<OutboxMessage> page(MailState state, int first, int size) {
    var query =
        state == null
            ? em.createQuery(
                "select m from OutboxMessage m order by m.createdAt desc, m.id desc",
                OutboxMessage.class)
            : em.createQuery(
                    "select m from OutboxMessage m where m.state = :state"
                        + " order by m.createdAt desc, m.id desc",
                    OutboxMessage.class)
                .setParameter("state", state);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(MailState state) {
    var query =
        state == null
            ? em.createQuery("select count(m) from OutboxMessage m", Long.class)
            : em.createQuery(
                    "select count(m) from OutboxMessage m where m.state = :state", Long.class)
                .setParameter("state", state);
    return query.getSingleResult();
  }

  /**
   * Removes the bodies of mails sent before {@code sentBefore}, and their attachments' content;
   * recipient, subject, the attachment's name, state and times stay for the record.
   *
   * @return how many bodies were removed
   */
  public int purgeSentBodies(Instant sentBefore, Instant now) {
    return em.createQuery(
            "update OutboxMessage m set m.body = '', m.secretValues = null,"
                + " m.attachmentContent = null, m.bodyPurgedAt = :now"
                + " where m.state = :sent and m.sentAt < :before and m.bodyPurgedAt is null")
        .setParameter("now", now)
        .setParameter("sent", MailState.SENT)
        .setParameter("before", sentBefore)
        .executeUpdate();
  }

  /**
   * Drops the links' secrets of mails written before {@code writtenBefore} that were never sent
   * (failed or held): by then every link has expired, and a later "send again" sends the text with
   * dead links rather than keeping working ones in the table.
   *
   * @return how many mails lost their secrets
   */
  public int dropSecretsWrittenBefore(Instant writtenBefore) {
    return em.createQuery(
            "update OutboxMessage m set m.secretValues = null"
                + " where m.createdAt < :before and m.secretValues is not null")
        .setParameter("before", writtenBefore)
        .executeUpdate();
  }
}
