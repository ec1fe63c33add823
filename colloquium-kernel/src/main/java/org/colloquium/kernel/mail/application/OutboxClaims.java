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
 * The short transactions around a delivery: claim, renew the claim right before sending, record the
 * outcome. SMTP is spoken between them, outside any transaction, so a slow mail server never holds
 * database locks. Every step after the claim carries the claim's token: a sender that lost its
 * claim (lease run out, row taken over) neither sends nor overwrites the new holder's outcome.
 */
@ApplicationScoped
public class OutboxClaims {

  /**
   * How long a claim lasts. It is renewed before each mail, and one send is bounded by the SMTP
   * timeouts (10 s connect, 30 s read, 30 s write), so only a sender that died loses it.
   */
  static final Duration LEASE = Duration.ofMinutes(2);

  @Inject OutboxRepository repository;
  @Inject Clock clock;
  @Inject Settings settings;

  @Transactional(TxType.REQUIRES_NEW)
  public List<PendingMail> claimDue(int limit) {
    var now = clock.instant();
    return repository.lockDue(now, limit).stream()
        .map(id -> repository.find(id).orElseThrow())
        .map(m -> toPending(m, m.claim(now, LEASE)))
        .toList();
  }

  /**
   * @return false when the claim was lost: the mail must not be sent by this sender
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean renew(PendingMail mail) {
    return repository
        .find(mail.id())
        .map(m -> m.renewClaim(mail.claimToken(), clock.instant(), LEASE))
        .orElse(false);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void delivered(PendingMail mail) {
    repository.find(mail.id()).ifPresent(m -> m.delivered(mail.claimToken(), clock.instant()));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void failed(PendingMail mail, String error) {
    repository
        .find(mail.id())
        .ifPresent(m -> m.attemptFailed(mail.claimToken(), error, clock.instant(), retryPolicy()));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void held(PendingMail mail, String reason) {
    repository.find(mail.id()).ifPresent(m -> m.hold(mail.claimToken(), reason));
  }

  RetryPolicy retryPolicy() {
    return RetryPolicy.standard(Duration.ofSeconds(settings.mailRetryBaseSeconds()));
  }

  private static PendingMail toPending(OutboxMessage m, String claimToken) {
    return new PendingMail(
        m.id(),
        claimToken,
        m.messageId(),
        m.recipientEmail(),
        m.recipientName(),
        m.subject(),
        // The links' secrets exist in clear only here, in memory, while the mail is being sent.
        m.bodyToSend(),
        m.attachment().orElse(null));
  }
}
