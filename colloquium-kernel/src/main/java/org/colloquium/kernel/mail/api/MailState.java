package org.colloquium.kernel.mail.api;

/**
 * Where an outbox message is in its life: {@code PENDING → SENDING → SENT}, back to {@code PENDING}
 * after a failed attempt, {@code FAILED} once retries are exhausted. {@code HELD} when no SMTP
 * server is configured: the mail is kept (and logged) until an administrator sends it again.
 */
public enum MailState {
  PENDING,
  SENDING,
  SENT,
  FAILED,
  HELD
}
