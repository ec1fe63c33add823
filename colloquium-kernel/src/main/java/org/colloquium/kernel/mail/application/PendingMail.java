package org.colloquium.kernel.mail.application;

import org.colloquium.kernel.mail.api.MailAttachment;

/**
 * A claimed outbox row, detached from the persistence context while it is being sent. Its body is
 * the text as it is sent, with the links' secrets: never log it, never store it.
 *
 * @param attachment the file sent with it; null for a mail of text alone
 */
public record PendingMail(
    Long id,
    String claimToken,
    String messageId,
    String recipientEmail,
    String recipientName,
    String subject,
    String body,
    MailAttachment attachment) {

  /** A mail of text alone. */
  public PendingMail(
      Long id,
      String claimToken,
      String messageId,
      String recipientEmail,
      String recipientName,
      String subject,
      String body) {
    this(id, claimToken, messageId, recipientEmail, recipientName, subject, body, null);
  }

  @Override
  public String toString() {
    return "PendingMail[id=" + id + ", to=" + recipientEmail + ", subject=" + subject + "]";
  }
}
