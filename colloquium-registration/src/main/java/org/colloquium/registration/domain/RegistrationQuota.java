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
import org.colloquium.registration.api.ParticipationMode;

/**
 * The places of one mode of an event. Mapped only to be created: its counters are changed by the
 * repository's conditional updates and read into records, never through a managed instance (a bulk
 * update does not refresh one), see {@link RegistrationRepository}.
 */
@Entity
@Table(name = "registration_quota")
public class RegistrationQuota {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_quota_seq")
  @SequenceGenerator(
      name = "registration_quota_seq",
      sequenceName = "registration_quota_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private ParticipationMode mode;

  private Integer capacity;

  @Column(nullable = false)
  private int taken;

  @Column(nullable = false)
  private int waiting;

  protected RegistrationQuota() {}

  public RegistrationQuota(Long eventId, ParticipationMode mode, Integer capacity) {
    this.eventId = eventId;
    this.mode = mode;
    this.capacity = capacity;
  }
}
