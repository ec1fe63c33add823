package org.colloquium.kernel.account.api;

/** The outcome of following a confirmation link. */
public enum ConfirmationResult {
  CONFIRMED,
  ALREADY_USED,
  /** A newer link was sent since; only the newest works. */
  SUPERSEDED,
  EXPIRED,
  UNKNOWN
}
