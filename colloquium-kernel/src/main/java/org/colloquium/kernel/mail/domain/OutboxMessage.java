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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.colloquium.kernel.mail.api.MailAttachment;
import org.colloquium.kernel.mail.api.MailState;

/**
 * One mail, rendered and waiting in the outbox. The text is stored as it will be sent, except for
 * the secrets of single-use links ({@link MailSecrets}): those are kept apart in {@code
 * secret_values} until the mail is sent, then dropped, so what an administrator sees is what the
 * recipient gets, less the working links. A mail may carry one small text file ({@link
 * MailAttachment}, such as a calendar entry), stored in the row with it. After the retention period
 * the body and the attached file's content of a sent mail are removed too; the row stays with its
 * recipient, subject, the file's name and state. The Message-ID is fixed when the row is written:
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

  /** Guards against an administrator's "send again" and a sender's claim overwriting each other. */
  @Version private int version;

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

  /** Names the sender holding the claim; outcomes from anyone else are ignored. */
  @Column(name = "claim_token", length = 36)
  private String claimToken;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  /** The links' secrets, {@code placeholder=value} a line, until the mail is sent. */
  @Column(name = "secret_values", length = 4000)
  private String secretValues;

  /** When the body was removed after the retention period; null while it is kept. */
  @Column(name = "body_purged_at")
  private Instant bodyPurgedAt;

  /** The attached file's name and type; kept after the retention period, like the subject. */
  @Column(name = "attachment_name", length = 200)
  private String attachmentName;

  @Column(name = "attachment_type", length = 200)
  private String attachmentType;

  /** The attached text; null without an attachment, and once removed with the body. */
  @Column(name = "attachment_content", length = MailAttachment.MAX_BYTES)
  private String attachmentContent;

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
    MailSecrets.Sealed sealed = MailSecrets.seal(Objects.requireNonNull(body));
    this.body = sealed.text();
    this.secretValues = sealed.stored();
    this.messageId = "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
    this.state = MailState.PENDING;
    this.createdAt = now;
    this.retryWindowStartedAt = now;
    this.nextAttemptAt = now;
  }

  /**
   * Adds a file to a mail not yet sent. One at most: a mail needing several files is a sign that
   * the recipient should rather get a link.
   */
  public void attach(MailAttachment attachment) {
    Objects.requireNonNull(attachment, "attachment");
    if (attachmentName != null) {
      throw new IllegalStateException("message " + id + " already has an attachment");
    }
    if (state != MailState.PENDING || attempts > 0) {
      throw new IllegalStateException("message " + id + " is " + state);
    }
    attachmentName = attachment.fileName();
    attachmentType = attachment.contentType();
    attachmentContent = attachment.content();
  }

  /**
   * Taken by one sender; another may take it over only after {@code lease} runs out.
   *
   * @return the claim's token, which the sender shows when it reports the outcome
   */
  public String claim(Instant now, Duration lease) {
    if (!isDue(now)) {
      throw new IllegalStateException("message " + id + " is not due");
    }
    state = MailState.SENDING;
    leaseExpiresAt = now.plus(lease);
    claimToken = UUID.randomUUID().toString();
    return claimToken;
  }

  /** Whether {@code token} still holds the claim (it may have expired and been taken over). */
  public boolean isClaimedBy(String token, Instant now) {
    return state == MailState.SENDING
        && claimToken != null
        && claimToken.equals(token)
        && leaseExpiresAt != null
        && now.isBefore(leaseExpiresAt);
  }

  /**
   * Extends the claim just before a send, so that a slow mail server cannot make the lease run out
   * while the mail is on its way and hand it to a second sender.
   *
   * @return false if the claim is no longer this sender's: then it must not send
   */
  public boolean renewClaim(String token, Instant now, Duration lease) {
    if (!isClaimedBy(token, now)) {
      return false;
    }
    leaseExpiresAt = now.plus(lease);
    return true;
  }

  public boolean isDue(Instant now) {
    return (state == MailState.PENDING && !now.isBefore(nextAttemptAt))
        || (state == MailState.SENDING && leaseExpiresAt != null && now.isAfter(leaseExpiresAt));
  }

  /** Records the delivery, if {@code token} holds the claim; ignored otherwise. */
  public void delivered(String token, Instant now) {
    if (!holds(token)) {
      return;
    }
    attempts++;
    state = MailState.SENT;
    sentAt = now;
    leaseExpiresAt = null;
    claimToken = null;
    lastError = null;
    // Sent: the links' secrets are in the recipient's mailbox and nowhere else.
    secretValues = null;
  }

  /** Records a failed attempt, if {@code token} holds the claim; ignored otherwise. */
  public void attemptFailed(String token, String error, Instant now, RetryPolicy policy) {
    if (!holds(token)) {
      return;
    }
    attempts++;
    lastError = truncate(error);
    leaseExpiresAt = null;
    claimToken = null;
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
  public void hold(String token, String reason) {
    if (!holds(token)) {
      return;
    }
    state = MailState.HELD;
    leaseExpiresAt = null;
    claimToken = null;
    lastError = truncate(reason);
  }

  /**
   * The outcome of an attempt belongs to the claim it was made under, even if the lease ran out
   * meanwhile (nobody else took the row, or the token would differ).
   */
  private boolean holds(String token) {
    return state == MailState.SENDING && claimToken != null && claimToken.equals(token);
  }

  /** An administrator asks for another try now; the retry window starts again. */
  public void resend(Instant now) {
    if (!canBeResent()) {
      throw new IllegalStateException("message " + id + " is " + state);
    }
    state = MailState.PENDING;
    nextAttemptAt = now;
    retryWindowStartedAt = now;
  }

  /**
   * Mails that gave up, were held, or wait for their next try (sending now skips the back-off, e.g.
   * once a mail server is back). Not while a sender holds it, nor once sent.
   */
  public boolean canBeResent() {
    return state == MailState.FAILED || state == MailState.HELD || state == MailState.PENDING;
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

  /** The text as stored: links' secrets replaced by placeholders. */
  public String body() {
    return body;
  }

  /** The text as it is sent, with the links' secrets, for the sender only. */
  public String bodyToSend() {
    return MailSecrets.unseal(body, secretValues);
  }

  public boolean hasSecrets() {
    return secretValues != null;
  }

  /** The file sent with the mail; empty without one, and once removed after the retention. */
  public Optional<MailAttachment> attachment() {
    return attachmentContent == null
        ? Optional.empty()
        : Optional.of(new MailAttachment(attachmentName, attachmentType, attachmentContent));
  }

  /** The attached file's name, kept after the retention period; null without an attachment. */
  public String attachmentName() {
    return attachmentName;
  }

  public Optional<Instant> bodyPurgedAt() {
    return Optional.ofNullable(bodyPurgedAt);
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
