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

/** A consent given or withdrawn: never changed, a new record supersedes it. */
@Entity
@Table(name = "registration_consent")
public class ConsentRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_consent_seq")
  @SequenceGenerator(
      name = "registration_consent_seq",
      sequenceName = "registration_consent_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "registration_id", nullable = false)
  private Long registrationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ConsentText purpose;

  @Column(nullable = false)
  private int version;

  @Column(name = "text_sha256", nullable = false, length = 64)
  private String textSha256;

  @Column(nullable = false)
  private boolean given;

  @Column(nullable = false)
  private Instant at;

  @Column(name = "recorded_by")
  private Long recordedBy;

  protected ConsentRecord() {}

  /**
   * @param recordedBy the organiser who recorded it for the person; null when they gave it
   */
  public ConsentRecord(
      Long registrationId, ConsentText text, boolean given, Instant at, Long recordedBy) {
    this.registrationId = registrationId;
    this.purpose = text;
    this.version = text.version();
    this.textSha256 = text.sha256();
    this.given = given;
    this.at = at;
    this.recordedBy = recordedBy;
  }

  public ConsentText purpose() {
    return purpose;
  }

  public int version() {
    return version;
  }

  public String textSha256() {
    return textSha256;
  }

  public boolean given() {
    return given;
  }

  public Instant at() {
    return at;
  }

  public Long recordedBy() {
    return recordedBy;
  }
}
