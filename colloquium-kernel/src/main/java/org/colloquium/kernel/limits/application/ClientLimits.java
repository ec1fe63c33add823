package org.colloquium.kernel.limits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.colloquium.kernel.limits.domain.ClientAddress;
import org.colloquium.kernel.limits.domain.ClientForm;
import org.colloquium.kernel.limits.domain.Limit;
import org.colloquium.kernel.limits.domain.Limits;

/**
 * Limits per client address for what anyone can do without signing in: the forms that cost a PBKDF2
 * hash or send a mail, and API requests with a token that is not known. Each check runs in a short
 * transaction of its own, so the bucket's row is not locked while the work (hashing a password,
 * say) goes on.
 */
@ApplicationScoped
public class ClientLimits {

  private static final Logger LOG = Logger.getLogger(ClientLimits.class.getName());

  @Inject DatabaseBuckets buckets;
  @Inject Limits limits;
  @Inject Clock clock;

  /**
   * Counts one use of the form by this client address.
   *
   * @throws TooManyRequestsException if the address has used up its allowance for now
   */
  @Transactional(value = TxType.REQUIRES_NEW, dontRollbackOn = TooManyRequestsException.class)
  public void admit(ClientForm form, String remoteAddress) {
    take(limits.formPerClient(form), remoteAddress);
  }

  /**
   * Counts one API request with an unknown or revoked token from this client address.
   *
   * @throws TooManyRequestsException if the address has sent too many of them lately
   */
  @Transactional(value = TxType.REQUIRES_NEW, dontRollbackOn = TooManyRequestsException.class)
  public void apiTokenFailed(String remoteAddress) {
    take(limits.apiFailuresPerClient(), remoteAddress);
  }

  private void take(Limit limit, String remoteAddress) {
    ClientAddress client = ClientAddress.of(remoteAddress);
    var probe = buckets.bucket(limit, client.value()).tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      // At least a second: Retry-After counts whole seconds, and 0 would invite an instant retry.
      Instant retryAt =
          clock
              .instant()
              .plus(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000_000L)));
      LOG.info(() -> limit.name() + ": refused " + client + " until " + retryAt);
      throw new TooManyRequestsException(retryAt);
    }
  }
}
