package org.colloquium.kernel.limits.api;

/**
 * Limits per client address for what anyone can do without signing in: the forms that cost a PBKDF2
 * hash or send a mail, and API requests with a token that is not known. Each check runs in a short
 * transaction of its own, so the bucket's row is not locked while the work (hashing a password,
 * say) goes on.
 */
public interface ClientLimits {
  /**
   * Counts one use of the form by this client address.
   *
   * @throws TooManyRequestsException if the address has used up its allowance for now
   */
  void admit(ClientForm form, String remoteAddress);

  /**
   * Counts one API request with an unknown or revoked token from this client address.
   *
   * @throws TooManyRequestsException if the address has sent too many of them lately
   */
  void apiTokenFailed(String remoteAddress);
}
