package org.colloquium.kernel.mail.domain;

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
import java.util.Objects;
import java.util.UUID;

/**
 * One mail, rendered and waiting in the outbox. The text is stored as it will be sent, so what an
 * administrator sees is what the recipient gets. The Message-ID is fixed when the row is written:
 * every attempt sends the same ID, so a retry after an unclear failure cannot show up as a second,
 * different mail.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

  /** Longest error text kept; SMTP errors can be chatty. */
  static final int MAX_ERROR = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
  @SequenceGenerator(
      name = "mail_outbox_seq",
      sequenceName = "mail_outbox_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "message_id", nullable = false, unique = true, length = 200)
  private String messageId;

  @Column(nullable = false, length = 100)
  private String template;

  @Column(name = "recipient_email", nullable = false, length = 254)
  private String recipientEmail;

  @Column(name = "recipient_name", length = 200)
  private String recipientName;

  @Column(nullable = false, length = 500)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MailState state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "retry_window_started_at", nullable = false)
  private Instant retryWindowStartedAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "lease_expires_at")
  private Instant leaseExpiresAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  protected OutboxMessage() {}

  public OutboxMessage(
      String template,
      String recipientEmail,
      String recipientName,
      String subject,
      String body,
      String messageIdDomain,
      Instant now) {
    this.template = Objects.requireNonNull(template);
    this.recipientEmail = Objects.requireNonNull(recipientEmail);
    this.recipientName = recipientName;
    this.subject = Objects.requireNonNull(subject);
    this.body = Objects.requireNonNull(body);
    this.messageId = "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
    this.state = MailState.PENDING;
    this.createdAt = now;
    this.retryWindowStartedAt = now;
    this.nextAttemptAt = now;
  }

  /** Taken by one sender; another may take it over only after {@code lease} runs out. */
  public void claim(Instant now, Duration lease) {
    if (!isDue(now)) {
      throw new IllegalStateException("message " + id + " is not due");
    }
    state = MailState.SENDING;
    leaseExpiresAt = now.plus(lease);
  }

  public boolean isDue(Instant now) {
    return (state == MailState.PENDING && !now.isBefore(nextAttemptAt))
        || (state == MailState.SENDING && leaseExpiresAt != null && now.isAfter(leaseExpiresAt));
  }

  public void delivered(Instant now) {
    attempts++;
    state = MailState.SENT;
    sentAt = now;
    leaseExpiresAt = null;
    lastError = null;
  }

  public void attemptFailed(String error, Instant now, RetryPolicy policy) {
    attempts++;
    lastError = truncate(error);
    leaseExpiresAt = null;
    policy
        .nextAttempt(attempts, retryWindowStartedAt, now)
        .ifPresentOrElse(
            next -> {
              state = MailState.PENDING;
              nextAttemptAt = next;
            },
            () -> state = MailState.FAILED);
  }

  /** No SMTP server is configured: keep the mail for an administrator to see and resend. */
  public void hold(String reason) {
    state = MailState.HELD;
    leaseExpiresAt = null;
    lastError = truncate(reason);
  }

  /** An administrator asks for another try now; the retry window starts again. */
  public void resend(Instant now) {
    if (state == MailState.SENT || state == MailState.SENDING) {
      throw new IllegalStateException("message " + id + " is " + state);
    }
    state = MailState.PENDING;
    nextAttemptAt = now;
    retryWindowStartedAt = now;
  }

  private static String truncate(String s) {
    if (s == null) {
      return null;
    }
    return s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public String messageId() {
    return messageId;
  }

  public String template() {
    return template;
  }

  public String recipientEmail() {
    return recipientEmail;
  }

  public String recipientName() {
    return recipientName;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public MailState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String lastError() {
    return lastError;
  }
}
