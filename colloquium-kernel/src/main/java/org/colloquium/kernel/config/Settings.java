package org.colloquium.kernel.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.colloquium.kernel.limits.api.LimitSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's settings. Every one is documented in docs/configuration.md; keep the two in step.
 */
@ApplicationScoped
public class Settings {

  @Inject
  @ConfigProperty(name = "colloquium.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "colloquium.site-name", defaultValue = "Colloquium")
  String siteName;

  @Inject
  @ConfigProperty(name = "colloquium.demo-data", defaultValue = "true")
  boolean demoData;

  @Inject
  @ConfigProperty(name = "mail.from", defaultValue = "Colloquium <no-reply@localhost>")
  String mailFrom;

  @Inject
  @ConfigProperty(name = "colloquium.admin.email")
  Optional<String> adminEmail;

  @Inject
  @ConfigProperty(name = "colloquium.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "colloquium.mail.retry-base-seconds", defaultValue = "60")
  long mailRetryBaseSeconds;

  @Inject
  @ConfigProperty(name = "colloquium.time-zone", defaultValue = "Europe/Bucharest")
  String timeZone;

  @Inject
  @ConfigProperty(name = "colloquium.page-cache-mb", defaultValue = "64")
  long pageCacheMegabytes;

  // Checking uploads (kernel files.application.UploadInspection)

  @Inject
  @ConfigProperty(name = "colloquium.upload-check.threads", defaultValue = "2")
  int uploadCheckThreads;

  @Inject
  @ConfigProperty(name = "colloquium.upload-check.seconds", defaultValue = "10")
  int uploadCheckSeconds;

  // Rate limits and quotas (kernel limits)

  @Inject
  @ConfigProperty(name = "colloquium.limits.sign-in-failures-per-address", defaultValue = "60")
  int signInFailuresPerAddress;

  @Inject
  @ConfigProperty(name = "colloquium.limits.forms-per-address", defaultValue = "20")
  int formsPerAddress;

  @Inject
  @ConfigProperty(name = "colloquium.limits.api-token-failures-per-address", defaultValue = "60")
  int apiTokenFailuresPerAddress;

  @Inject
  @ConfigProperty(name = "colloquium.limits.co-author-mails-per-account", defaultValue = "100")
  int coAuthorMailsPerAccount;

  @Inject
  @ConfigProperty(name = "colloquium.limits.co-author-mails-per-recipient", defaultValue = "5")
  int coAuthorMailsPerRecipient;

  @Inject
  @ConfigProperty(name = "colloquium.limits.invitation-mails-per-organiser", defaultValue = "200")
  int invitationMailsPerOrganiser;

  @Inject
  @ConfigProperty(name = "colloquium.limits.invitation-mails-per-recipient", defaultValue = "3")
  int invitationMailsPerRecipient;

  @Inject
  @ConfigProperty(name = "colloquium.limits.submissions-per-event", defaultValue = "20")
  int submissionsPerEvent;

  @Inject
  @ConfigProperty(name = "colloquium.limits.submission-megabytes-per-event", defaultValue = "200")
  int submissionMegabytesPerEvent;

  // Registrations are anonymised this long after their event ended (registration module); 0: never

  @Inject
  @ConfigProperty(name = "colloquium.registration.retention-days", defaultValue = "0")
  int registrationRetentionDays;

  // Background work on a cluster (kernel jobs)

  @Inject
  @ConfigProperty(name = "colloquium.jobs.lease-seconds", defaultValue = "30")
  int jobLeaseSeconds;

  // Mail retention and logs (kernel mail)

  @Inject
  @ConfigProperty(name = "colloquium.mail.retention-days", defaultValue = "30")
  int mailRetentionDays;

  @Inject
  @ConfigProperty(name = "colloquium.mail.log-links")
  Optional<Boolean> mailLogLinks;

  /** The public address of the site, without a trailing slash, used in links inside mails. */
  public String baseUrl() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public String siteName() {
    return siteName;
  }

  public boolean demoData() {
    return demoData;
  }

  public String mailFrom() {
    return mailFrom;
  }

  public Optional<String> adminEmail() {
    return adminEmail.filter(s -> !s.isBlank());
  }

  public Optional<String> adminPassword() {
    return adminPassword.filter(s -> !s.isBlank());
  }

  public long mailRetryBaseSeconds() {
    return mailRetryBaseSeconds;
  }

  /** Memory for rendered public pages, in megabytes; 0 renders every page afresh. */
  public long pageCacheMegabytes() {
    return Math.max(0, pageCacheMegabytes);
  }

  /** How many uploaded files are checked at once, at least 1. */
  public int uploadCheckThreads() {
    return Math.max(1, uploadCheckThreads);
  }

  /** How long the check of one uploaded file may take, 1 to 300 seconds. */
  public java.time.Duration uploadCheckTime() {
    return java.time.Duration.ofSeconds(Math.min(300, Math.max(1, uploadCheckSeconds)));
  }

  /** The rate limits and mail quotas; a value below 1 counts as 1. */
  public LimitSettings limits() {
    return new LimitSettings(
        atLeastOne(signInFailuresPerAddress),
        atLeastOne(formsPerAddress),
        atLeastOne(apiTokenFailuresPerAddress),
        atLeastOne(coAuthorMailsPerAccount),
        atLeastOne(coAuthorMailsPerRecipient),
        atLeastOne(invitationMailsPerOrganiser),
        atLeastOne(invitationMailsPerRecipient));
  }

  /** The most submissions one account may make to one event (withdrawn ones count too). */
  public int submissionsPerEvent() {
    return atLeastOne(submissionsPerEvent);
  }

  /** The most bytes of PDFs one account may have attached to its submissions to one event. */
  public long submissionBytesPerEvent() {
    return atLeastOne(submissionMegabytesPerEvent) * 1024L * 1024L;
  }

  private static int atLeastOne(int value) {
    return Math.max(1, value);
  }

  /**
   * How long the text of a sent mail is kept (at least one day); after that only its recipient,
   * subject, state and times remain.
   */
  /**
   * How long after its event ended a registration keeps the person's details; empty when the
   * operator set none (a demo's past events keep their registrations).
   */
  public Optional<java.time.Duration> registrationRetention() {
    return registrationRetentionDays > 0
        ? Optional.of(java.time.Duration.ofDays(registrationRetentionDays))
        : Optional.empty();
  }

  /**
   * How long a background job's claim holds without a heartbeat: after it, another node takes the
   * work over (its node is taken for dead). Heartbeats come three times as often. At least 3 s.
   */
  public java.time.Duration jobLease() {
    return java.time.Duration.ofSeconds(Math.max(3, jobLeaseSeconds));
  }

  public java.time.Duration mailRetention() {
    return java.time.Duration.ofDays(Math.max(1, mailRetentionDays));
  }

  /**
   * Whether a mail held for want of an SMTP server is logged with its working links. Defaults to
   * the demo-data setting: in development (demo data on) the log is how one follows a confirmation
   * link; in production the links are masked unless this is set.
   */
  public boolean mailLogLinks() {
    return mailLogLinks.orElse(demoData);
  }

  /** The zone of what belongs to no event, such as site-wide news; Europe/Bucharest if unknown. */
  public java.time.ZoneId timeZone() {
    try {
      return java.time.ZoneId.of(timeZone);
    } catch (java.time.DateTimeException e) {
      return java.time.ZoneId.of("Europe/Bucharest");
    }
  }
}
