package org.colloquium.registration.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.Places;
import org.colloquium.registration.api.RegistrantCount;
import org.colloquium.registration.api.RegistrationState;

/**
 * Registrations, settings and places. Joins the caller's transaction.
 *
 * <p>Places are never decided on a value read earlier: each count changes by one conditional UPDATE
 * of the mode's quota row, whose row count is the answer. The UPDATE locks the row until the
 * transaction ends, so requests for the same mode queue there (and only there: another mode, or
 * another event, never waits), and on PostgreSQL a queued UPDATE evaluates its condition again on
 * the row as committed. The table's CHECK refuses a count past the capacity should any path get it
 * wrong.
 */
@ApplicationScoped
public class RegistrationRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public Optional<RegistrationSettings> settings(Long eventId) {
    return Optional.ofNullable(em.find(RegistrationSettings.class, eventId));
  }

  /** Settings of registrations that have not closed at {@code now}. */
  public List<RegistrationSettings> notClosedAt(Instant now) {
    return em.createQuery(
            "select s from RegistrationSettings s where s.closesAt > :now",
            RegistrationSettings.class)
        .setParameter("now", now)
        .getResultList();
  }

  public void add(RegistrationSettings settings) {
    em.persist(settings);
  }

  public void addQuota(Long eventId, ParticipationMode mode, Integer capacity) {
    em.persist(new RegistrationQuota(eventId, mode, capacity));
    em.flush();
  }

  /** The places of each mode the event offers, in person first. */
  public List<Places> places(Long eventId) {
    return em.createQuery(
            "select new org.colloquium.registration.api.Places(q.mode, q.capacity, q.taken,"
                + " q.waiting) from RegistrationQuota q where q.eventId = :event order by q.mode",
            Places.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /**
   * Takes a place if one is free and, unless {@code forTheWaitingList}, nobody waits for one (a
   * newcomer never overtakes the queue).
   *
   * @return whether the place was taken
   */
  public boolean take(Long eventId, ParticipationMode mode, boolean forTheWaitingList) {
    return update(
            "set q.taken = q.taken + 1 where q.eventId = :event and q.mode = :mode"
                + " and (q.capacity is null or q.taken < q.capacity)"
                + (forTheWaitingList ? "" : " and q.waiting = 0"),
            eventId,
            mode)
        == 1;
  }

  /** Gives a place back, nobody being handed it. */
  public void free(Long eventId, ParticipationMode mode) {
    expectOne(
        update(
            "set q.taken = q.taken - 1 where q.eventId = :event and q.mode = :mode"
                + " and q.taken > 0",
            eventId,
            mode));
  }

  public void joinWaitingList(Long eventId, ParticipationMode mode) {
    expectOne(
        update(
            "set q.waiting = q.waiting + 1 where q.eventId = :event and q.mode = :mode",
            eventId,
            mode));
  }

  /**
   * @return whether someone was waiting
   */
  public boolean leaveWaitingList(Long eventId, ParticipationMode mode) {
    return update(
            "set q.waiting = q.waiting - 1 where q.eventId = :event and q.mode = :mode"
                + " and q.waiting > 0",
            eventId,
            mode)
        == 1;
  }

  /**
   * Locks the mode's quota row without changing it, before a registration of that mode is read and
   * changed: every change of places goes quota first, then registration, so two of them never wait
   * on each other in opposite order.
   *
   * @return whether the event offers the mode
   */
  public boolean lock(Long eventId, ParticipationMode mode) {
    return update(
            "set q.taken = q.taken where q.eventId = :event and q.mode = :mode", eventId, mode)
        == 1;
  }

  /**
   * Sets the capacity, unless more places are held than it allows.
   *
   * @return whether it was set
   */
  public boolean capacity(Long eventId, ParticipationMode mode, Integer capacity) {
    if (capacity == null) {
      return update(
              "set q.capacity = null where q.eventId = :event and q.mode = :mode", eventId, mode)
          == 1;
    }
    return em.createQuery(
                "update RegistrationQuota q set q.capacity = :capacity where q.eventId = :event"
                    + " and q.mode = :mode and q.taken <= :capacity")
            .setParameter("capacity", capacity)
            .setParameter("event", eventId)
            .setParameter("mode", mode)
            .executeUpdate()
        == 1;
  }

  /** Removes a mode nobody holds or waits for; @return whether it was removed. */
  public boolean removeQuota(Long eventId, ParticipationMode mode) {
    return em.createQuery(
                "delete from RegistrationQuota q where q.eventId = :event and q.mode = :mode"
                    + " and q.taken = 0 and q.waiting = 0")
            .setParameter("event", eventId)
            .setParameter("mode", mode)
            .executeUpdate()
        == 1;
  }

  private int update(String rest, Long eventId, ParticipationMode mode) {
    return em.createQuery("update RegistrationQuota q " + rest)
        .setParameter("event", eventId)
        .setParameter("mode", mode)
        .executeUpdate();
  }

  private static void expectOne(int rows) {
    if (rows != 1) {
      throw new IllegalStateException("the places no longer match the registrations");
    }
  }

  public void add(Registration registration) {
    em.persist(registration);
  }

  /** The modes set up for the event, in mode order: only these can be chosen. */
  public List<ParticipationMode> modes(Long eventId) {
    return places(eventId).stream().map(Places::mode).sorted().toList();
  }

  /**
   * Writes pending changes now, so that a registration changed by someone else in the same instant
   * (its version) or a second registration of the same address (the unique active address) reads as
   * "changed meanwhile" rather than failing at commit, outside any handler.
   */
  public void flush() {
    if (!flushUnlessDuplicate()) {
      throw new ConflictException("registration.already", "registered meanwhile");
    }
  }

  /**
   * {@link #flush()}, except that a unique key's violation (a row made meanwhile) answers false for
   * the caller to explain; the transaction must then be rolled back.
   */
  public boolean flushUnlessDuplicate() {
    try {
      em.flush();
      return true;
    } catch (OptimisticLockException e) {
      throw new ConflictException("registration.changedMeanwhile", "changed meanwhile");
    } catch (PersistenceException e) {
      if (uniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  private static boolean uniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // 23505 is the SQL standard's unique violation, used by PostgreSQL and H2 alike.
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  public void add(RegistrationHistory entry) {
    em.persist(entry);
  }

  /**
   * The event's ticket key, made on first use. Two first uses at once are serialised on the event's
   * registration settings row, so one key is made.
   */
  public TicketKey ticketKey(Long eventId, Instant now) {
    TicketKey key = em.find(TicketKey.class, eventId);
    if (key != null) {
      return key;
    }
    em.find(RegistrationSettings.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    key = em.find(TicketKey.class, eventId);
    if (key == null) {
      key = new TicketKey(eventId, TicketSigner.newKeyPair(), now);
      em.persist(key);
      em.flush();
    }
    return key;
  }

  /**
   * Checks the registration in unless it was already: the update's row count decides, so two
   * helpers scanning one ticket at once check it in once.
   *
   * @return whether this call checked it in
   */
  public boolean checkIn(Long registrationId, Long actorId, Instant now) {
    return em.createNativeQuery(
                "update registration set checked_in_at = ?, checked_in_by = ?"
                    + " where id = ? and checked_in_at is null and state = 'CONFIRMED'")
            .setParameter(1, now)
            .setParameter(2, actorId)
            .setParameter(3, registrationId)
            .executeUpdate()
        == 1;
  }

  /** Reads the registration again from the database (after a native update of it). */
  public void reread(Registration registration) {
    em.refresh(registration);
  }

  /**
   * Registrations not ended whose name, address or affiliation contains every word typed, for the
   * door: confirmed in person first, then by name; at most {@code max}.
   */
  public List<Registration> atTheDoor(Long eventId, String query, int max) {
    StringBuilder jpql =
        new StringBuilder(
            "select r from Registration r where r.eventId = :event and r.activeEmail is not null");
    String[] words = query.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      jpql.append(" and (lower(r.fullName) like :w")
          .append(i)
          .append(" or lower(r.email) like :w")
          .append(i)
          .append(" or lower(r.affiliation) like :w")
          .append(i)
          .append(")");
    }
    jpql.append(" order by r.fullName, r.id");
    var q = em.createQuery(jpql.toString(), Registration.class).setParameter("event", eventId);
    for (int i = 0; i < words.length; i++) {
      q.setParameter("w" + i, "%" + likeEscaped(words[i]) + "%");
    }
    return q.setMaxResults(max).getResultList();
  }

  private static String likeEscaped(String word) {
    // The default escape character of LIKE differs by database; wildcards typed are just dropped.
    return word.replace("%", "").replace("_", "");
  }

  /** Confirmed in person, and of those checked in. */
  public long[] doorCounts(Long eventId) {
    Object[] row =
        (Object[])
            em.createQuery(
                    "select count(r), count(r.checkedInAt) from Registration r"
                        + " where r.eventId = :event and r.state = :confirmed and r.mode = :mode")
                .setParameter("event", eventId)
                .setParameter("confirmed", RegistrationState.CONFIRMED)
                .setParameter("mode", ParticipationMode.IN_PERSON)
                .getSingleResult();
    return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
  }

  public void add(RegistrationMailing mailing) {
    em.persist(mailing);
  }

  /** The sending made with this form's key, if it was made (a retried or repeated sending). */
  public Optional<RegistrationMailing> mailing(Long eventId, String sendKey) {
    return em.createQuery(
            "select m from RegistrationMailing m where m.eventId = :event and m.sendKey = :key",
            RegistrationMailing.class)
        .setParameter("event", eventId)
        .setParameter("key", sendKey)
        .getResultStream()
        .findFirst();
  }

  /** The event's sendings, newest first. */
  public List<RegistrationMailing> mailings(Long eventId) {
    return em.createQuery(
            "select m from RegistrationMailing m where m.eventId = :event order by m.sentAt desc",
            RegistrationMailing.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /**
   * The registrations a sending goes to: in the state given, or every one not ended when none is;
   * in the mode given, or both; never an anonymised one (it has no address).
   */
  public List<Registration> recipients(
      Long eventId, RegistrationState state, ParticipationMode mode) {
    var query =
        em.createQuery(
                "select r from Registration r where r.eventId = :event and r.anonymisedAt is null"
                    + (state == null ? " and r.activeEmail is not null" : " and r.state = :state")
                    + (mode == null ? "" : " and r.mode = :mode")
                    + " order by r.id",
                Registration.class)
            .setParameter("event", eventId);
    if (state != null) {
      query.setParameter("state", state);
    }
    if (mode != null) {
      query.setParameter("mode", mode);
    }
    return query.getResultList();
  }

  /** The registration's history, oldest first: its states, modes, times (for the person's data). */
  public List<RegistrationHistory> history(Long registrationId) {
    return em.createQuery(
            "select h from RegistrationHistory h where h.registrationId = :registration"
                + " order by h.at, h.id",
            RegistrationHistory.class)
        .setParameter("registration", registrationId)
        .getResultList();
  }

  /** When the registration's join link was used, oldest first. */
  public List<Instant> joinedAt(Long registrationId) {
    return em.createQuery(
            "select j.joinedAt from RegistrationJoin j where j.registrationId = :registration"
                + " order by j.joinedAt",
            Instant.class)
        .setParameter("registration", registrationId)
        .getResultList();
  }

  /** Drops the notes of a registration's history (a reason typed may name someone). */
  public void forgetNotes(Long registrationId) {
    em.createQuery(
            "update RegistrationHistory h set h.note = null where h.registrationId = :registration")
        .setParameter("registration", registrationId)
        .executeUpdate();
  }

  /**
   * The event's registrations that came and may have a certificate of attendance: confirmed and
   * still naming their person, checked in at the door (in person) or joined through their link at
   * least once (online). In name order.
   */
  public List<Registration> attended(Long eventId) {
    return em.createQuery(
            "select r from Registration r where r.eventId = :event and r.state = :confirmed"
                + " and r.anonymisedAt is null and ((r.mode = :inPerson and r.checkedInAt is not"
                + " null) or (r.mode = :online and exists (select j from RegistrationJoin j where"
                + " j.registrationId = r.id))) order by r.fullName, r.id",
            Registration.class)
        .setParameter("event", eventId)
        .setParameter("confirmed", RegistrationState.CONFIRMED)
        .setParameter("inPerson", ParticipationMode.IN_PERSON)
        .setParameter("online", ParticipationMode.ONLINE)
        .getResultList();
  }

  /**
   * Whether the person gave up a registration for the event: one of theirs ended (cancelled or
   * rejected), or they deleted one (only the address's hash is left).
   */
  public boolean gaveUp(Long eventId, String email) {
    Long ended =
        em.createQuery(
                "select count(r) from Registration r where r.eventId = :event and r.email = :email"
                    + " and r.state in :ended",
                Long.class)
            .setParameter("event", eventId)
            .setParameter("email", email)
            .setParameter("ended", List.of(RegistrationState.CANCELLED, RegistrationState.REJECTED))
            .getSingleResult();
    if (ended > 0) {
      return true;
    }
    Number deleted =
        (Number)
            em.createNativeQuery(
                    "select count(*) from registration_optout where event_id = ?1"
                        + " and email_sha256 = ?2")
                .setParameter(1, eventId)
                .setParameter(2, optoutHash(email))
                .getSingleResult();
    return deleted.longValue() > 0;
  }

  /** Remembers, by its hash alone, that this address deleted its registration for the event. */
  public void optOut(Long eventId, String email) {
    String hash = optoutHash(email);
    Number known =
        (Number)
            em.createNativeQuery(
                    "select count(*) from registration_optout where event_id = ?1"
                        + " and email_sha256 = ?2")
                .setParameter(1, eventId)
                .setParameter(2, hash)
                .getSingleResult();
    if (known.longValue() == 0) {
      em.createNativeQuery(
              "insert into registration_optout (event_id, email_sha256) values (?1, ?2)")
          .setParameter(1, eventId)
          .setParameter(2, hash)
          .executeUpdate();
    }
  }

  private static String optoutHash(String email) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(
                      email
                          .toLowerCase(java.util.Locale.ROOT)
                          .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The event's confirmed speakers who still name their person, in name order. */
  public List<Registration> speakers(Long eventId) {
    return em.createQuery(
            "select r from Registration r where r.eventId = :event and r.state = :confirmed"
                + " and r.anonymisedAt is null and r.speaker = true order by r.fullName, r.id",
            Registration.class)
        .setParameter("event", eventId)
        .setParameter("confirmed", RegistrationState.CONFIRMED)
        .getResultList();
  }

  public void add(Certificate certificate) {
    em.persist(certificate);
  }

  /** The event's certificates, in name order. */
  public List<Certificate> certificates(Long eventId) {
    return em.createQuery(
            "select c from Certificate c where c.eventId = :event order by c.fullName, c.id",
            Certificate.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  public Optional<Certificate> certificate(String code) {
    return em.createQuery("select c from Certificate c where c.code = :code", Certificate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The certificates of the account's registrations, newest first. */
  public List<Certificate> certificatesOf(Long accountId) {
    return em.createQuery(
            "select c from Certificate c, Registration r where r.id = c.registrationId"
                + " and r.accountId = :account order by c.issuedAt desc, c.id",
            Certificate.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** The certificates of one registration (for a link that manages it without an account). */
  public List<Certificate> certificatesOfRegistration(Long registrationId) {
    return em.createQuery(
            "select c from Certificate c where c.registrationId = :registration order by c.id",
            Certificate.class)
        .setParameter("registration", registrationId)
        .getResultList();
  }

  /**
   * Marks the certificate's mail as queued unless it already is: the row count decides, so two
   * sendings at once (a second click, a retried request) queue each mail once.
   *
   * @return whether this call marked it
   */
  public boolean markMailed(Long certificateId, Instant now) {
    return em.createQuery(
                "update Certificate c set c.mailedAt = :now where c.id = :id and c.mailedAt is"
                    + " null")
            .setParameter("now", now)
            .setParameter("id", certificateId)
            .executeUpdate()
        == 1;
  }

  /** The holder's details removed from the registration's certificates, which still verify. */
  public void forgetCertificates(Long registrationId) {
    em.createQuery(
            "update Certificate c set c.fullName = :placeholder, c.affiliation = null,"
                + " c.title = null where c.registrationId = :registration")
        .setParameter("placeholder", Certificate.REMOVED)
        .setParameter("registration", registrationId)
        .executeUpdate();
  }

  public void add(ConsentRecord record) {
    em.persist(record);
  }

  /** The registration's consent records, oldest first. */
  public List<ConsentRecord> consents(Long registrationId) {
    return em.createQuery(
            "select c from ConsentRecord c where c.registrationId = :registration"
                + " order by c.at, c.id",
            ConsentRecord.class)
        .setParameter("registration", registrationId)
        .getResultList();
  }

  /** Events that have registrations still naming people. */
  public List<Long> eventsWithDetails() {
    return em.createQuery(
            "select distinct r.eventId from Registration r where r.anonymisedAt is null",
            Long.class)
        .getResultList();
  }

  /** Up to {@code max} registrations of the event that still name people. */
  public List<Registration> withDetails(Long eventId, int max) {
    return em.createQuery(
            "select r from Registration r where r.eventId = :event and r.anonymisedAt is null"
                + " order by r.id",
            Registration.class)
        .setParameter("event", eventId)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Removes requests whose confirmation link ran out before {@code before}: unconfirmed answers.
   */
  public int removeRequestsExpiredBefore(Instant before) {
    return em.createQuery("delete from RegistrationRequest q where q.expiresAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }

  /** The registration whose manage link this is. */
  public Optional<Registration> byManageToken(String token) {
    return em.createQuery(
            "select r from Registration r where r.manageToken = :token", Registration.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }

  public void add(RegistrationRequest request) {
    em.persist(request);
  }

  /** The request whose link's secret has this hash, locked: a link followed twice counts once. */
  public Optional<RegistrationRequest> requestByHash(String hash) {
    return em.createQuery(
            "select q from RegistrationRequest q where q.tokenHash = :hash",
            RegistrationRequest.class)
        .setParameter("hash", hash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The registration whose personal join link this is. */
  public Optional<Registration> byJoinToken(String token) {
    return em.createQuery(
            "select r from Registration r where r.joinToken = :token", Registration.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }

  /** Records that the join link was used, unless it was used since {@code since} already. */
  public void joined(Registration registration, Instant now, Instant since) {
    Long recent =
        em.createQuery(
                "select count(j) from RegistrationJoin j where j.registrationId = :registration"
                    + " and j.joinedAt > :since",
                Long.class)
            .setParameter("registration", registration.id())
            .setParameter("since", since)
            .getSingleResult();
    if (recent == 0) {
      em.persist(new RegistrationJoin(registration.id(), now));
    }
  }

  /** How many times the registration's join link was used (at most once in a few minutes). */
  public long joins(Long registrationId) {
    return em.createQuery(
            "select count(j) from RegistrationJoin j where j.registrationId = :registration",
            Long.class)
        .setParameter("registration", registrationId)
        .getSingleResult();
  }

  public Optional<Registration> find(Long id) {
    return Optional.ofNullable(em.find(Registration.class, id));
  }

  /** Reads the registration again, locked: what it was before its quota was locked may be old. */
  public void refreshLocked(Registration registration) {
    em.refresh(registration, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The person's registration for the event that is not cancelled or rejected, by address. */
  public Optional<Registration> active(Long eventId, String email) {
    return em.createQuery(
            "select r from Registration r where r.eventId = :event and r.activeEmail = :email",
            Registration.class)
        .setParameter("event", eventId)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  /** The account's registrations that are not over, newest first. */
  public List<Registration> activeOf(Long accountId) {
    return em.createQuery(
            "select r from Registration r where r.accountId = :account"
                + " and r.activeEmail is not null order by r.createdAt desc",
            Registration.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /**
   * The first on the mode's waiting list, locked, or empty. Native SQL: FETCH FIRST with FOR
   * UPDATE, which Hibernate would not write for H2.
   */
  public Optional<Registration> firstWaiting(Long eventId, ParticipationMode mode) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select id from registration where event_id = ? and mode = ?"
                    + " and state = 'WAITLISTED' order by queued_at, id"
                    + " fetch first 1 rows only for update")
            .setParameter(1, eventId)
            .setParameter(2, mode.name())
            .getResultList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    Registration registration = em.find(Registration.class, ids.get(0).longValue());
    em.refresh(registration);
    return Optional.of(registration);
  }

  /** How many wait before this registration in its mode's queue. */
  public int aheadOf(Registration registration) {
    return em.createQuery(
            "select count(r) from Registration r where r.eventId = :event and r.mode = :mode"
                + " and r.state = :waiting and (r.queuedAt < :since"
                + " or (r.queuedAt = :since and r.id < :id))",
            Long.class)
        .setParameter("event", registration.eventId())
        .setParameter("mode", registration.mode())
        .setParameter("waiting", RegistrationState.WAITLISTED)
        .setParameter("since", registration.queuedAt())
        .setParameter("id", registration.id())
        .getSingleResult()
        .intValue();
  }

  /**
   * Up to {@code limit} offers that ran out at {@code now} and that no other node is handling,
   * locked. Native SQL because Hibernate drops SKIP LOCKED on H2.
   */
  public List<Long> lockExpiredOffers(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select id from registration where state = 'OFFERED' and offer_expires_at <= ?"
                    + " order by offer_expires_at, id fetch first "
                    + limit
                    + " rows only for update skip locked")
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  public List<RegistrantCount> counts(Long eventId) {
    return em.createQuery(
            "select new org.colloquium.registration.api.RegistrantCount(r.mode, r.state, count(r),"
                + " sum(case when r.speaker = true then 1L else 0L end))"
                + " from Registration r where r.eventId = :event group by r.mode, r.state",
            RegistrantCount.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /**
   * The event's registrations, filtered when {@code state} or {@code mode} is given: the waiting
   * list in its order, then the others newest first.
   */
  public List<Registration> of(Long eventId, RegistrationState state, ParticipationMode mode) {
    return em.createQuery(
            "select r from Registration r where r.eventId = :event"
                + " and (:state is null or r.state = :state)"
                + " and (:mode is null or r.mode = :mode)"
                + " order by case when r.state = :waiting then 0 else 1 end,"
                + " case when r.state = :waiting then r.queuedAt end,"
                + " case when r.state = :waiting then r.id end, r.createdAt desc, r.id desc",
            Registration.class)
        .setParameter("event", eventId)
        .setParameter("state", state)
        .setParameter("mode", mode)
        .setParameter("waiting", RegistrationState.WAITLISTED)
        .getResultList();
  }

  /** When each of the event's registrations was made. */
  public List<Instant> registeredAt(Long eventId) {
    return em.createQuery(
            "select r.createdAt from Registration r where r.eventId = :event order by r.createdAt",
            Instant.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** Confirmed registrants who agreed to be listed, by name. */
  public List<Registration> listed(Long eventId) {
    return em.createQuery(
            "select r from Registration r where r.eventId = :event and r.state = :confirmed"
                + " and r.listed = true order by r.fullName, r.id",
            Registration.class)
        .setParameter("event", eventId)
        .setParameter("confirmed", RegistrationState.CONFIRMED)
        .getResultList();
  }

  /** Whether the account holds a confirmed registration for the event. */
  public boolean confirmed(Long eventId, Long accountId) {
    return em.createQuery(
                "select count(r) from Registration r where r.eventId = :event"
                    + " and r.accountId = :account and r.state = :confirmed",
                Long.class)
            .setParameter("event", eventId)
            .setParameter("account", accountId)
            .setParameter("confirmed", RegistrationState.CONFIRMED)
            .getSingleResult()
        > 0;
  }

  /** Registrations that hold or wait for a place of the mode, or wait for approval in it. */
  public long activeIn(Long eventId, ParticipationMode mode) {
    return em.createQuery(
            "select count(r) from Registration r where r.eventId = :event and r.mode = :mode"
                + " and r.activeEmail is not null",
            Long.class)
        .setParameter("event", eventId)
        .setParameter("mode", mode)
        .getSingleResult();
  }
}
