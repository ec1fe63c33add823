package org.colloquium.kernel.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.mail.domain.OutboxMessage;
import org.colloquium.kernel.mail.domain.OutboxRepository;
import org.colloquium.kernel.mail.domain.RetryPolicy;

/**
 * The short transactions around a delivery: claim, then record the outcome. SMTP is spoken between
 * them, outside any transaction, so a slow mail server never holds database locks.
 */
@ApplicationScoped
public class OutboxClaims {

  /** How long a claim lasts; a sender that dies mid-send leaves the row to be taken over later. */
  static final Duration LEASE = Duration.ofMinutes(2);

  @Inject OutboxRepository repository;
  @Inject Clock clock;
  @Inject Settings settings;

  @Transactional(TxType.REQUIRES_NEW)
  public List<PendingMail> claimDue(int limit) {
    var now = clock.instant();
    return repository.lockDue(now, limit).stream()
        .map(id -> repository.find(id).orElseThrow())
        .map(
            m -> {
              m.claim(now, LEASE);
              return toPending(m);
            })
        .toList();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void delivered(Long id) {
    repository.find(id).ifPresent(m -> m.delivered(clock.instant()));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void failed(Long id, String error) {
    repository.find(id).ifPresent(m -> m.attemptFailed(error, clock.instant(), retryPolicy()));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void held(Long id, String reason) {
    repository.find(id).ifPresent(m -> m.hold(reason));
  }

  RetryPolicy retryPolicy() {
    return RetryPolicy.standard(Duration.ofSeconds(settings.mailRetryBaseSeconds()));
  }

  private static PendingMail toPending(OutboxMessage m) {
    return new PendingMail(
        m.id(), m.messageId(), m.recipientEmail(), m.recipientName(), m.subject(), m.body());
  }
}
