package org.colloquium.kernel.mail.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One outbox row as the administrator's outbox page shows it: the body with the links masked, or
 * none once it was removed after the retention period.
 *
 * @param attachmentName the name of the file sent with it (a calendar entry); null without one
 */
public record OutboxEntry(
    Long id,
    String messageId,
    String template,
    String recipientEmail,
    String subject,
    String body,
    MailState state,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt,
    String lastError,
    Instant bodyPurgedAt,
    String attachmentName)
    implements Serializable {

  /** Whether the text was removed after the retention period. */
  public boolean purged() {
    return bodyPurgedAt != null;
  }

  public boolean resendable() {
    return state == MailState.FAILED || state == MailState.HELD || state == MailState.PENDING;
  }
}
