package org.colloquium.kernel.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.account.domain.Account;
import org.colloquium.kernel.account.domain.AccountRepository;
import org.colloquium.kernel.account.domain.EmailAddress;
import org.colloquium.kernel.account.domain.SignInThrottle;
import org.colloquium.kernel.account.domain.ThrottlePolicy;

/**
 * The short transactions of a sign-in: read the credentials, count a failure, clear the count. Kept
 * apart from the password check so no database connection waits while PBKDF2 runs.
 */
@ApplicationScoped
class SignInLedger {

  record Credentials(
      Long accountId,
      String passwordHash,
      boolean confirmed,
      boolean administrator,
      org.colloquium.kernel.i18n.Language language) {}

  @Inject AccountRepository accounts;

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
                    a.preferredLanguage()));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Instant> blockedUntil(List<String> keys, Instant now) {
    return keys.stream()
        .map(accounts::findThrottle)
        .flatMap(Optional::stream)
        .map(t -> t.blockedUntil(now))
        .flatMap(Optional::stream)
        .max(Instant::compareTo);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void recordFailure(String accountKey, String clientKey, Instant now) {
    if (accountKey != null) {
      accounts.throttle(accountKey, now).recordFailure(now, ThrottlePolicy.PER_ACCOUNT);
    }
    accounts.throttle(clientKey, now).recordFailure(now, ThrottlePolicy.PER_CLIENT);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void clear(EmailAddress email, Instant now) {
    accounts.findThrottle(SignInThrottle.forAccount(email)).ifPresent(t -> t.reset(now));
  }
}
