package org.colloquium.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.colloquium.events.api.EventRole;
import org.colloquium.kernel.publicpages.PublicContent;

/** A person's role in one event (one row per role; a person may hold several). */
@PublicContent
@Entity
@Table(name = "event_member")
@NamedQuery(
    name = "EventMember.rolesOf",
    query = "select m.role from EventMember m where m.eventId = :event and m.accountId = :account")
@NamedQuery(
    name = "EventMember.eventsWithRole",
    query = "select m.eventId from EventMember m where m.accountId = :account and m.role = :role")
@NamedQuery(
    name = "EventMember.ofEvent",
    query = "select m from EventMember m where m.eventId = :event order by m.grantedAt, m.id")
@NamedQuery(
    name = "EventMember.countWithRole",
    query = "select count(m) from EventMember m where m.eventId = :event and m.role = :role")
public class EventMember {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_member_seq")
  @SequenceGenerator(
      name = "event_member_seq",
      sequenceName = "event_member_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EventRole role;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  protected EventMember() {}

  public EventMember(Long eventId, Long accountId, EventRole role, Instant grantedAt) {
    this.eventId = Objects.requireNonNull(eventId);
    this.accountId = Objects.requireNonNull(accountId);
    this.role = Objects.requireNonNull(role);
    this.grantedAt = Objects.requireNonNull(grantedAt);
  }

  /**
   * Whether taking this role away would leave the event without an organiser: someone must always
   * be able to manage it (platform administrators aside, who are not members).
   *
   * @param organisers how many organiser rows the event has now, this one included
   */
  public boolean isLastOrganiser(long organisers) {
    return role == EventRole.ORGANISER && organisers <= 1;
  }

  /** The same role in another event (a new edition copying its committee). */
  public EventMember copyTo(Long otherEventId, Instant now) {
    return new EventMember(otherEventId, accountId, role, now);
  }

  public Long id() {
    return id;
  }

  public Long eventId() {
    return eventId;
  }

  public Long accountId() {
    return accountId;
  }

  public EventRole role() {
    return role;
  }

  public Instant grantedAt() {
    return grantedAt;
  }
}
