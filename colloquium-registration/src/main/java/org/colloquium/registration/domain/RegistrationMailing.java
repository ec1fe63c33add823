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

/** One sending of the organisers' mail to registrants: to whom (the filter), how many, when. */
@Entity
@Table(name = "registration_mailing")
public class RegistrationMailing {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_mailing_seq")
  @SequenceGenerator(
      name = "registration_mailing_seq",
      sequenceName = "registration_mailing_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(name = "send_key", nullable = false, length = 64)
  private String sendKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "state_filter", length = 10)
  private RegistrationState stateFilter;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode_filter", length = 9)
  private ParticipationMode modeFilter;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false)
  private int recipients;

  @Column(name = "sent_by")
  private Long sentBy;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected RegistrationMailing() {}

  public RegistrationMailing(
      Long eventId,
      String sendKey,
      RegistrationState stateFilter,
      ParticipationMode modeFilter,
      String subject,
      int recipients,
      Long sentBy,
      Instant sentAt) {
    this.eventId = eventId;
    this.sendKey = sendKey;
    this.stateFilter = stateFilter;
    this.modeFilter = modeFilter;
    this.subject = subject;
    this.recipients = recipients;
    this.sentBy = sentBy;
    this.sentAt = sentAt;
  }

  public String subject() {
    return subject;
  }

  public int recipients() {
    return recipients;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public RegistrationState stateFilter() {
    return stateFilter;
  }

  public ParticipationMode modeFilter() {
    return modeFilter;
  }
}
