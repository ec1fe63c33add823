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
import java.util.List;
import org.colloquium.registration.api.CertificateCode;
import org.colloquium.registration.api.CertificateKind;
import org.colloquium.registration.api.ParticipationMode;

/**
 * A certificate as issued: to whom (the name and affiliation as printed, kept apart from the
 * registration's so that a later change of spelling does not rewrite an issued document), for which
 * way of taking part, and whether its mail has been queued.
 */
@Entity
@Table(name = "registration_certificate")
public class Certificate {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_certificate_seq")
  @SequenceGenerator(
      name = "registration_certificate_seq",
      sequenceName = "registration_certificate_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(name = "registration_id", nullable = false)
  private Long registrationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private CertificateKind kind;

  @Column(nullable = false, length = 16)
  private String code;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(length = 300)
  private String affiliation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private ParticipationMode mode;

  /** What a speaker presented (one title per line); null for attendance. */
  @Column(length = 2000)
  private String title;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "mailed_at")
  private Instant mailedAt;

  protected Certificate() {}

  /** A certificate of attendance for what {@code registration} says now. */
  public static Certificate ofAttendance(Registration registration, Instant now) {
    Certificate c = new Certificate();
    c.eventId = registration.eventId();
    c.registrationId = registration.id();
    c.kind = CertificateKind.ATTENDANCE;
    c.code = CertificateCode.next();
    c.fullName = registration.fullName();
    c.affiliation = registration.affiliation();
    c.mode = registration.mode();
    c.issuedAt = now;
    return c;
  }

  /**
   * The name a certificate keeps once its holder's details are removed; its code still verifies.
   */
  public static final String REMOVED = "—";

  /** A certificate of presentation of the titles {@code registration} (a speaker's) presents. */
  public static Certificate ofPresentation(Registration registration, Instant now) {
    Certificate c = ofAttendance(registration, now);
    c.kind = CertificateKind.PRESENTATION;
    c.title = String.join("\n", registration.speakerTitles());
    return c;
  }

  /** What a speaker presented, one title each; none for attendance. */
  public List<String> titles() {
    return title == null || title.isEmpty() ? List.of() : List.of(title.split("\n"));
  }

  public boolean anonymised() {
    return REMOVED.equals(fullName);
  }

  public Long id() {
    return id;
  }

  public Long eventId() {
    return eventId;
  }

  public Long registrationId() {
    return registrationId;
  }

  public CertificateKind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public String fullName() {
    return fullName;
  }

  public String affiliation() {
    return affiliation;
  }

  public ParticipationMode mode() {
    return mode;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant mailedAt() {
    return mailedAt;
  }
}
