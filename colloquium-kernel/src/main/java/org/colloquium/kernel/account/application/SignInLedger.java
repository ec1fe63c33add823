package org.colloquium.kernel.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Optional;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.kernel.account.domain.EmailAddress;
import org.colloquium.kernel.account.domain.Throttle;
import org.colloquium.kernel.account.domain.ThrottlePolicy;
import org.colloquium.kernel.i18n.Language;

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

  /**
   * Counts this attempt as a failure before the password is checked, under row locks: parallel
   * attempts then queue here one by one, and no burst of requests gets past the allowance. A
   * success takes the count back ({@link #succeeded}).
   *
   * @return the moment sign-in is allowed again, if it is blocked now
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Instant> admit(String accountKey, String clientKey, Instant now) {
    Throttle client = accounts.throttle(clientKey, now);
    Throttle account = accountKey == null ? null : accounts.throttle(accountKey, now);
    Optional<Instant> blocked = client.blockedUntil(now);
    if (account != null && account.blockedUntil(now).isPresent()) {
      blocked = later(blocked, account.blockedUntil(now));
    }
    if (blocked.isPresent()) {
      return blocked;
    }
    client.record(now, ThrottlePolicy.PER_CLIENT);
    if (account != null) {
      account.record(now, ThrottlePolicy.PER_ACCOUNT);
    }
    return Optional.empty();
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

  /** The right password: the account starts afresh, the client gets its attempt back. */
  @Transactional(TxType.REQUIRES_NEW)
  public void succeeded(String accountKey, String clientKey, Instant now) {
    accounts.throttle(accountKey, now).reset(now);
    accounts.throttle(clientKey, now).forgiveOne();
  }

  private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.filter(x -> x.isAfter(a.get())).or(() -> a);
  }
}
