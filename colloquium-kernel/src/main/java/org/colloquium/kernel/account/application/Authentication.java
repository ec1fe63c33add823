package org.colloquium.kernel.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.colloquium.kernel.account.domain.EmailAddress;
import org.colloquium.kernel.account.domain.Throttle;

/**
 * Checks a sign-in. Attempts are counted per account and per client address, in the database so
 * that every node of a cluster enforces the same limit, and before the password is checked so that
 * parallel attempts cannot slip through together; an unknown address costs as much time as a known
 * one.
 */
@ApplicationScoped
public class Authentication {

  private static final Logger LOG = Logger.getLogger(Authentication.class.getName());

  @Inject SignInLedger ledger;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  public SignInResult signIn(String emailInput, String password, String clientAddress) {
    Instant now = clock.instant();
    Optional<EmailAddress> email = EmailAddress.parse(emailInput);
    String clientKey = Throttle.forClient(clientAddress == null ? "unknown" : clientAddress);
    String accountKey = email.map(Throttle::forAccount).orElse(null);

    Optional<Instant> blocked = retryingOnce(() -> ledger.admit(accountKey, clientKey, now));
    if (blocked.isPresent()) {
      return SignInResult.throttled(blocked.get());
    }

    Optional<SignInLedger.Credentials> credentials = email.flatMap(ledger::credentials);
    boolean passwordMatches;
    if (credentials.isPresent()) {
      passwordMatches = hasher.verify(password, credentials.get().passwordHash());
    } else {
      hasher.verifyNothing(password);
      passwordMatches = false;
    }
    if (!passwordMatches) {
      LOG.info(() -> "failed sign-in for " + accountKey + " from " + clientKey);
      return SignInResult.of(SignInResult.Status.INVALID);
    }
    ledger.succeeded(accountKey, clientKey, now);
    SignInLedger.Credentials c = credentials.get();
    if (!c.confirmed()) {
      return SignInResult.of(SignInResult.Status.UNCONFIRMED);
    }
    return SignInResult.signedIn(
        c.accountId(), c.administrator(), c.language(), c.credentialVersion());
  }

  /** Two first attempts for the same key at once both create its row; one loses and retries. */
  private static <T> T retryingOnce(Supplier<T> step) {
    try {
      return step.get();
    } catch (PersistenceException | TransactionalException e) {
      return step.get();
    }
  }
}
