package org.colloquium.kernel.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.colloquium.kernel.account.api.Authentication;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.account.api.SignInResult;
import org.colloquium.kernel.limits.api.ClientAddress;

/** The module's implementation of {@link Authentication}. */
@ApplicationScoped
public class DefaultAuthentication implements Authentication {

  private static final Logger LOG = Logger.getLogger(Authentication.class.getName());

  @Inject SignInLedger ledger;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Override
  public SignInResult signIn(String emailInput, String password, String clientAddress) {
    Optional<EmailAddress> email = EmailAddress.parse(emailInput);
    ClientAddress client = ClientAddress.of(clientAddress);

    Optional<Duration> wait = ledger.admit(email.orElse(null), client);
    if (wait.isPresent()) {
      LOG.info(() -> "sign-in for " + email.orElse(null) + " from " + client + " paused");
      return SignInResult.throttled(clock.instant().plus(wait.get()));
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
      LOG.info(() -> "failed sign-in for " + email.orElse(null) + " from " + client);
      return SignInResult.of(SignInResult.Status.INVALID);
    }
    ledger.succeeded(email.get(), client);
    SignInLedger.Credentials c = credentials.get();
    if (!c.confirmed()) {
      return SignInResult.of(SignInResult.Status.UNCONFIRMED);
    }
    return SignInResult.signedIn(
        c.accountId(), c.administrator(), c.language(), c.credentialVersion());
  }
}
