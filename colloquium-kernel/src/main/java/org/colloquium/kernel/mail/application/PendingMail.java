package org.colloquium.kernel.mail.application;

/** A claimed outbox row, detached from the persistence context while it is being sent. */
public record PendingMail(
    Long id,
    String claimToken,
    String messageId,
    String recipientEmail,
    String recipientName,
    String subject,
    String body) {}
