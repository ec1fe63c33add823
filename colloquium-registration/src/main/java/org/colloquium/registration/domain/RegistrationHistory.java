package org.colloquium.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationState;

/** One change of a registration's state or mode, never changed afterwards. */
@Entity
@Table(name = "registration_history")
public class RegistrationHistory {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_history_seq")
  @SequenceGenerator(
      name = "registration_history_seq",
      sequenceName = "registration_history_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "registration_id", nullable = false)
  private Long registrationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 10)
  private RegistrationState from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 10)
  private RegistrationState to;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private ParticipationMode mode;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(nullable = false)
  private Instant at;

  @Column(length = 1000)
  private String note;

  protected RegistrationHistory() {}

  public RegistrationHistory(
      Long registrationId,
      RegistrationState from,
      RegistrationState to,
      ParticipationMode mode,
      Long actorId,
      Instant at,
      String note) {
    this.registrationId = registrationId;
    this.from = from;
    this.to = to;
    this.mode = mode;
    this.actorId = actorId;
    this.at = at;
    this.note = note;
  }

  public RegistrationState from() {
    return from;
  }

  public RegistrationState to() {
    return to;
  }

  public ParticipationMode mode() {
    return mode;
  }

  public Instant at() {
    return at;
  }

  /** Who made the change: null for the platform itself (a job, an expiry). */
  public Long actorId() {
    return actorId;
  }

  public String note() {
    return note;
  }
}
