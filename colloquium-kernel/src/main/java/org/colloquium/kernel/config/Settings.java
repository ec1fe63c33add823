package org.colloquium.kernel.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
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

  /**
   * How long the text of a sent mail is kept (at least one day); after that only its recipient,
   * subject, state and times remain.
   */
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
