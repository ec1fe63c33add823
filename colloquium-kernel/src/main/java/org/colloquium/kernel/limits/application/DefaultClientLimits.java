package org.colloquium.kernel.limits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.colloquium.kernel.limits.api.ClientAddress;
import org.colloquium.kernel.limits.api.ClientForm;
import org.colloquium.kernel.limits.api.ClientLimits;
import org.colloquium.kernel.limits.api.TooManyRequestsException;
import org.colloquium.kernel.limits.domain.Limit;
import org.colloquium.kernel.limits.domain.Limits;

/** The module's implementation of {@link ClientLimits}. */
@ApplicationScoped
public class DefaultClientLimits implements ClientLimits {

  private static final Logger LOG = Logger.getLogger(ClientLimits.class.getName());

  @Inject DatabaseBuckets buckets;
  @Inject Limits limits;
  @Inject Clock clock;

  @Override
  @Transactional(value = TxType.REQUIRES_NEW, dontRollbackOn = TooManyRequestsException.class)
  public void admit(ClientForm form, String remoteAddress) {
    take(limits.formPerClient(form), remoteAddress);
  }

  @Override
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
