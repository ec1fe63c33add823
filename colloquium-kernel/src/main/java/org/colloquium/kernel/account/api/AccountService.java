package org.colloquium.kernel.account.api;

import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.limits.api.TooManyRequestsException;
import org.colloquium.kernel.validation.ValidationException;

/**
 * Account use cases. Answers never reveal whether an address has an account (sign-up with a taken
 * address and a reset for an unknown one look the same to the visitor); the owner of the address
 * learns what happened by mail instead.
 */
public interface AccountService {
  /**
   * Whether strangers may sign up now: not on a fresh install without demo data until an
   * administrator exists (see {@code SignUpPolicy}).
   */
  boolean signUpOpen();

  /**
   * Creates an unconfirmed account and mails the confirmation link. (With the demo data on and no
   * administrator, the first account to be confirmed becomes the platform administrator, see {@link
   * #confirm}.)
   *
   * @param clientAddress the request's remote address: each one may sign up only so often, since a
   *     sign-up costs a PBKDF2 hash and mails an address of the sender's choosing
   * @throws ValidationException listing every problem with the input, or {@code
   *     account.signUp.closed} alone while sign-up is closed (see {@link #signUpOpen})
   * @throws TooManyRequestsException if the client address signed up too often lately
   */
  void signUp(SignUpRequest request, String clientAddress);

  /**
   * Sends a fresh confirmation link to an unconfirmed account; silent otherwise.
   *
   * @throws TooManyRequestsException if the client address asked too often lately
   */
  void resendConfirmation(String emailInput, String clientAddress);

  /**
   * Sends a fresh confirmation link to an unconfirmed account, leading on to {@code continueTo} (an
   * optional path on this site); silent otherwise.
   *
   * @throws TooManyRequestsException if the client address asked too often lately
   */
  void resendConfirmation(String emailInput, String continueTo, String clientAddress);

  ConfirmationResult confirmEmail(String secret);

  /**
   * Mails a reset link if the address has an account; does nothing visible otherwise.
   *
   * @throws TooManyRequestsException if the client address asked too often lately
   */
  void requestPasswordReset(String emailInput, String clientAddress);

  /** Whether a reset link can still be used, to show the form or explain why not. */
  ConfirmationResult checkResetToken(String secret);

  /**
   * Sets a new password with a reset link. Also confirms the address (the link proves the mailbox),
   * lifts the sign-in pause of the client that did it and revokes the account's API tokens ({@link
   * PasswordChanged}).
   *
   * @throws ValidationException for a weak password or an unusable link
   */
  void resetPassword(String secret, String newPassword, String clientAddress);

  /**
   * Changes the password; the account's API tokens are revoked ({@link PasswordChanged}).
   *
   * @return the account's new credential version, for the session that made the change (every other
   *     session of the account ends)
   * @throws ValidationException if the current password is wrong or the new one is weak
   */
  int changePassword(Long accountId, String currentPassword, String newPassword);

  /**
   * @throws ValidationException listing every problem with the input
   */
  AccountView updateProfile(Long accountId, ProfileChange change);

  void preferLanguage(Long accountId, Language language);
}
