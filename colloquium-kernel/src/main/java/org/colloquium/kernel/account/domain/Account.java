package org.colloquium.kernel.account.domain;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.Orcid;
import org.colloquium.kernel.account.api.Profile;
import org.colloquium.kernel.i18n.Language;

/**
 * A person with a sign-in. Created unverified by sign-up; may sign in only once the address is
 * confirmed. The email is the sign-in name and is unique (also a database constraint).
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(name = "Account.count", query = "select count(a) from Account a")
@NamedQuery(
    name = "Account.administratorCount",
    query = "select count(a) from Account a where a.platformAdministrator = true")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  private Long id;

  @Version private int version;

  @Column(nullable = false, unique = true, length = EmailAddress.MAX_LENGTH)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  private String affiliation;

  /** ISO 3166-1 alpha-2, upper case. */
  @Column(length = 2)
  private String country;

  @Column(length = 19)
  private String orcid;

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_language", nullable = false, length = 2)
  private Language preferredLanguage;

  @Column(name = "platform_administrator", nullable = false)
  private boolean platformAdministrator;

  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * Raised whenever the password changes. A session remembers the value it signed in with and ends
   * when they differ, so a new password also signs out whoever else was signed in.
   */
  @Column(name = "credential_version", nullable = false)
  private int credentialVersion;

  protected Account() {}

  public Account(EmailAddress email, String passwordHash, Profile profile, Instant createdAt) {
    this.email = Objects.requireNonNull(email).value();
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.createdAt = Objects.requireNonNull(createdAt);
    applyProfile(profile);
  }

  public void updateProfile(Profile profile) {
    applyProfile(profile);
  }

  private void applyProfile(Profile profile) {
    this.fullName = profile.fullName();
    this.affiliation = profile.affiliation();
    this.country = profile.country();
    this.orcid = profile.orcid() == null ? null : profile.orcid().value();
    this.preferredLanguage = profile.language();
  }

  public void confirmEmail(Instant at) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = at;
    }
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
    credentialVersion++;
  }

  public void preferLanguage(Language language) {
    this.preferredLanguage = Objects.requireNonNull(language);
  }

  public void makePlatformAdministrator() {
    this.platformAdministrator = true;
  }

  /** Only confirmed accounts may sign in. */
  public boolean canSignIn() {
    return emailVerifiedAt != null;
  }

  public Profile profile() {
    return new Profile(
        fullName, affiliation, country, orcid == null ? null : new Orcid(orcid), preferredLanguage);
  }

  public Long id() {
    return id;
  }

  public EmailAddress email() {
    return new EmailAddress(email);
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String fullName() {
    return fullName;
  }

  public Language preferredLanguage() {
    return preferredLanguage;
  }

  public boolean isPlatformAdministrator() {
    return platformAdministrator;
  }

  public boolean isEmailConfirmed() {
    return emailVerifiedAt != null;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public int credentialVersion() {
    return credentialVersion;
  }

  public int version() {
    return version;
  }
}
