package org.colloquium.kernel.limits.api;

/**
 * The anonymous forms that cost the site something (a PBKDF2 hash, a mail to any address), each
 * limited per client address on its own, so that a burst of sign-ups does not stop a neighbour on
 * the same network from asking for a reset link.
 */
public enum ClientForm {
  /** A PBKDF2 hash and a mail to an address the sender chose. */
  SIGN_UP("sign-up"),
  /** A mail with a reset link. */
  PASSWORD_RESET("password-reset"),
  /** A mail with a new confirmation link. */
  CONFIRMATION_RESEND("confirmation-resend"),
  /** A registration for an event without an account: a mail with a confirmation link. */
  REGISTRATION("registration");

  private final String key;

  ClientForm(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
