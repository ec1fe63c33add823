package org.colloquium.kernel.limits.application;

import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.util.Optional;
import org.colloquium.kernel.limits.api.ClientAddress;
import org.colloquium.kernel.limits.api.SignInThrottle;
import org.colloquium.kernel.limits.domain.Limits;
import org.colloquium.kernel.limits.domain.SignInGate;

/** The module's implementation of {@link SignInThrottle}, on database buckets. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class DefaultSignInThrottle implements SignInThrottle {

  @Inject DatabaseBuckets buckets;
  @Inject Limits limits;

  @Override
  public Optional<Duration> admit(String email, ClientAddress client) {
    return SignInGate.admit(clientBucket(client), email == null ? null : pair(email, client));
  }

  @Override
  public void succeeded(String email, ClientAddress client) {
    SignInGate.succeeded(clientBucket(client), pair(email, client));
  }

  @Override
  public void forgive(String email, ClientAddress client) {
    pair(email, client).reset();
  }

  private Bucket clientBucket(ClientAddress client) {
    return buckets.bucket(limits.signInPerClient(), client.value());
  }

  private Bucket pair(String email, ClientAddress client) {
    return buckets.bucket(Limits.SIGN_IN_PER_ACCOUNT_AND_CLIENT, SignInGate.subject(email, client));
  }
}
