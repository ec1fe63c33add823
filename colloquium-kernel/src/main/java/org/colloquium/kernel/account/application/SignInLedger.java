package org.colloquium.kernel.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.util.Optional;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.limits.api.ClientAddress;
import org.colloquium.kernel.limits.api.SignInThrottle;

/**
 * The short transactions of a sign-in: admit the attempt (counting it before the password is
 * known), read the credentials, take the count back after a success. Kept apart from the password
 * check so no database connection waits while PBKDF2 runs.
 */
@ApplicationScoped
class SignInLedger {

  record Credentials(
      Long accountId,
      String passwordHash,
      boolean confirmed,
      boolean administrator,
      Language language,
      int credentialVersion) {}

  @Inject AccountRepository accounts;
  @Inject SignInThrottle throttle;

  /**
   * Counts this attempt before the password is checked, with the buckets' rows locked until this
   * transaction ends: parallel attempts queue here one by one, and no burst of requests gets past
   * the allowance. A success takes the count back ({@link #succeeded}).
   *
   * @param email null when the input is not an email address (only the client is counted)
   * @return how long to wait, if sign-in is refused now
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Duration> admit(EmailAddress email, ClientAddress client) {
    return throttle.admit(email == null ? null : email.value(), client);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Credentials> credentials(EmailAddress email) {
    return accounts
        .findByEmail(email)
        .map(
            (Account a) ->
                new Credentials(
                    a.id(),
                    a.passwordHash(),
                    a.canSignIn(),
                    a.isPlatformAdministrator(),
                    a.preferredLanguage(),
                    a.credentialVersion()));
  }

  /** The right password: this account and client start afresh, the client gets its attempt back. */
  @Transactional(TxType.REQUIRES_NEW)
  public void succeeded(EmailAddress email, ClientAddress client) {
    throttle.succeeded(email.value(), client);
  }

  /** Joins the caller's transaction: a password reset from this client lifts its pause. */
  @Transactional(TxType.MANDATORY)
  public void forgive(EmailAddress email, ClientAddress client) {
    throttle.forgive(email.value(), client);
  }
}
