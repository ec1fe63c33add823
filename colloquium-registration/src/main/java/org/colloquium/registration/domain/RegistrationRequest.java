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
import java.time.Duration;
import java.time.Instant;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.registration.api.AcademicStatus;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationAnswers;

/**
 * A registration asked for without an account, waiting for its address to be confirmed. It holds no
 * place: the place is decided when the link in the mail is followed, like any registration's. Only
 * the hash of the link's secret is kept.
 */
@Entity
@Table(name = "registration_request")
public class RegistrationRequest {

  /** How long the link in the mail works. */
  public static final Duration VALID = Duration.ofHours(24);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_request_seq")
  @SequenceGenerator(
      name = "registration_request_seq",
      sequenceName = "registration_request_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(nullable = false, length = 320)
  private String email;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(length = 300)
  private String affiliation;

  @Enumerated(EnumType.STRING)
  @Column(name = "academic_status", length = 12)
  private AcademicStatus academicStatus;

  @Column(name = "dietary_needs", length = 500)
  private String dietaryNeeds;

  @Column(name = "accessibility_needs", length = 500)
  private String accessibilityNeeds;

  @Column(nullable = false)
  private boolean listed;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private ParticipationMode mode;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "form_answers", length = 1000000)
  private String formAnswers;

  protected RegistrationRequest() {}

  public RegistrationRequest(
      Long eventId,
      String email,
      RegistrationAnswers answers,
      Language language,
      String tokenHash,
      Instant now) {
    this.eventId = eventId;
    this.email = email;
    this.fullName = answers.fullName();
    this.affiliation = answers.affiliation();
    this.academicStatus = answers.academicStatus();
    this.dietaryNeeds = answers.dietaryNeeds();
    this.accessibilityNeeds = answers.accessibilityNeeds();
    this.listed = answers.listed();
    this.mode = answers.mode();
    this.formAnswers = FormAnswersJson.write(answers.form());
    this.language = language.code();
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(VALID);
  }

  public Long eventId() {
    return eventId;
  }

  public String email() {
    return email;
  }

  public RegistrationAnswers answers() {
    return new RegistrationAnswers(
        mode,
        fullName,
        affiliation,
        academicStatus,
        dietaryNeeds,
        accessibilityNeeds,
        listed,
        FormAnswersJson.read(formAnswers));
  }

  public Language language() {
    return Language.fromCode(language).orElse(Language.fallback());
  }

  public boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public boolean used() {
    return usedAt != null;
  }

  public void use(Instant now) {
    usedAt = now;
  }
}
