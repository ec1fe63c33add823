package org.colloquium.kernel.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.mail.api.MailState;
import org.colloquium.kernel.mail.api.OutboxAdministration;
import org.colloquium.kernel.mail.api.OutboxEntry;
import org.colloquium.kernel.mail.domain.MailSecrets;
import org.colloquium.kernel.mail.domain.OutboxMessage;
import org.colloquium.kernel.mail.domain.OutboxRepository;

/** The module's implementation of {@link OutboxAdministration}. */
@ApplicationScoped
@Transactional
public class DefaultOutboxAdministration implements OutboxAdministration {

  @Inject OutboxRepository outbox;
  @Inject AccountDirectory accounts;
  @Inject Clock clock;
  @Inject MailQueuedNotifier notifier;

  @Override
  public List<OutboxEntry> page(Long actorId, MailState state, int first, int size) {
    requireAdministrator(actorId);
    return outbox.page(state, first, size).stream()
        .map(DefaultOutboxAdministration::toEntry)
        .toList();
  }

  @Override
  public long count(Long actorId, MailState state) {
    requireAdministrator(actorId);
    return outbox.count(state);
  }

  @Override
  public void resend(Long actorId, Long messageId) {
    requireAdministrator(actorId);
    OutboxMessage message =
        outbox.find(messageId).orElseThrow(() -> new NotFoundException("mail " + messageId));
    message.resend(clock.instant());
    notifier.queued(message.id());
  }

  private void requireAdministrator(Long actorId) {
    boolean allowed =
        actorId != null
            && accounts.find(actorId).map(AccountRecord::isPlatformAdministrator).orElse(false);
    if (!allowed) {
      throw new AccessDeniedException("the outbox is for platform administrators");
    }
  }

  /**
   * Links with single-use tokens (confirmation, password reset, invitation) would let whoever reads
   * them take over the account; administrators see that a link was sent, not the link. (The stored
   * text holds only placeholders for them anyway, see {@link MailSecrets}.)
   */
  static String hideSecrets(String body) {
    return MailSecrets.mask(body);
  }

  private static OutboxEntry toEntry(OutboxMessage m) {
    return new OutboxEntry(
        m.id(),
        m.messageId(),
        m.template(),
        m.recipientEmail(),
        m.subject(),
        hideSecrets(m.body()),
        m.state(),
        m.attempts(),
        m.createdAt(),
        m.nextAttemptAt(),
        m.sentAt(),
        m.lastError(),
        m.bodyPurgedAt().orElse(null),
        m.attachmentName());
  }
}
