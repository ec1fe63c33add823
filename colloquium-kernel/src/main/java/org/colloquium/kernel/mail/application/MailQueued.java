package org.colloquium.kernel.mail.application;

/** Fired when a mail is written to the outbox; observed after commit to send it at once. */
public record MailQueued(Long outboxId) {}
