package org.colloquium.kernel.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.colloquium.kernel.account.domain.EmailAddress;
import org.colloquium.kernel.account.domain.SignInThrottle;

/**
 * Checks a sign-in. Failures are counted per account and per client address, in the database so
 * that every node of a cluster enforces the same limit; an unknown address costs as much time as a
 * known one.
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
    String clientKey = SignInThrottle.forClient(clientAddress == null ? "unknown" : clientAddress);
    String accountKey = email.map(SignInThrottle::forAccount).orElse(null);
    List<String> keys = new ArrayList<>();
    keys.add(clientKey);
    if (accountKey != null) {
      keys.add(accountKey);
    }

    Optional<Instant> blocked = ledger.blockedUntil(keys, now);
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
      recordFailure(accountKey, clientKey, now);
      LOG.info(() -> "failed sign-in for " + accountKey + " from " + clientKey);
      return SignInResult.of(SignInResult.Status.INVALID);
    }
    SignInLedger.Credentials c = credentials.get();
    if (!c.confirmed()) {
      return SignInResult.of(SignInResult.Status.UNCONFIRMED);
    }
    ledger.clear(email.get(), now);
    return SignInResult.signedIn(c.accountId(), c.administrator(), c.language());
  }

  private void recordFailure(String accountKey, String clientKey, Instant now) {
    try {
      ledger.recordFailure(accountKey, clientKey, now);
    } catch (PersistenceException | TransactionalException e) {
      // Two first failures for the same key at once both try to create its row; one loses.
      ledger.recordFailure(accountKey, clientKey, now);
    }
  }
}
