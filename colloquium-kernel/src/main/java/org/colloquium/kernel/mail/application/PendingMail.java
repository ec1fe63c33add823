package org.colloquium.kernel.mail.application;

/**
 * A claimed outbox row, detached from the persistence context while it is being sent. Its body is
 * the text as it is sent, with the links' secrets: never log it, never store it.
 */
public record PendingMail(
    Long id,
    String claimToken,
    String messageId,
    String recipientEmail,
    String recipientName,
    String subject,
    String body) {

  @Override
  public String toString() {
    return "PendingMail[id=" + id + ", to=" + recipientEmail + ", subject=" + subject + "]";
  }
}
