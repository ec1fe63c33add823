package org.colloquium.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One use of a personal join link: certificates of online attendance count these. */
@Entity
@Table(name = "registration_join")
public class RegistrationJoin {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_join_seq")
  @SequenceGenerator(
      name = "registration_join_seq",
      sequenceName = "registration_join_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "registration_id", nullable = false)
  private Long registrationId;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  protected RegistrationJoin() {}

  public RegistrationJoin(Long registrationId, Instant joinedAt) {
    this.registrationId = registrationId;
    this.joinedAt = joinedAt;
  }
}
