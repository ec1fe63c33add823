package org.colloquium.events.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.api.EventRole;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.colloquium.kernel.secrets.HashedSecret;

/** Committee members and invitations of events. Joins the caller's transaction. */
@ApplicationScoped
public class CommitteeRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  public void add(Invitation invitation) {
    em.persist(invitation);
  }

  public void add(EventMember member) {
    em.persist(member);
  }

  /**
   * Serialises committee changes of one event: two organisers removing each other at once must not
   * both see the other one still there, nor two identical invitations collide on the database's
   * one-open-invitation rule.
   */
  public void lockCommitteeOf(Event event) {
    em.lock(event, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Writes pending changes now, so a version conflict surfaces inside the service. */
  public void flush() {
    em.flush();
  }

  public void remove(EventMember member) {
    em.remove(member);
  }

  public Optional<Invitation> invitation(Long id) {
    return Optional.ofNullable(em.find(Invitation.class, id));
  }

  /** The invitation whose link carries this secret. */
  public Optional<Invitation> invitationBySecret(String secret) {
    return em.createNamedQuery("Invitation.byHash", Invitation.class)
        .setParameter("hash", HashedSecret.hashOf(secret))
        .getResultStream()
        .findFirst();
  }

  public Optional<Invitation> pendingInvitation(Long eventId, EmailAddress email, EventRole role) {
    return em.createNamedQuery("Invitation.pendingFor", Invitation.class)
        .setParameter("event", eventId)
        .setParameter("email", email.value())
        .setParameter("role", role)
        .getResultStream()
        .findFirst();
  }

  public List<Invitation> invitations(Long eventId) {
    return em.createNamedQuery("Invitation.ofEvent", Invitation.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  public Optional<EventMember> member(Long memberId) {
    return Optional.ofNullable(em.find(EventMember.class, memberId));
  }

  public List<EventMember> members(Long eventId) {
    return em.createNamedQuery("EventMember.ofEvent", EventMember.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  public long count(Long eventId, EventRole role) {
    return em.createNamedQuery("EventMember.countWithRole", Long.class)
        .setParameter("event", eventId)
        .setParameter("role", role)
        .getSingleResult();
  }
}
