package org.colloquium.kernel.account.application;

/** The outcome of following a confirmation link. */
public enum ConfirmationResult {
  CONFIRMED,
  ALREADY_USED,
  EXPIRED,
  UNKNOWN
}
