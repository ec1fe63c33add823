package org.colloquium.kernel.limits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.logging.Logger;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.limits.api.MailKind;
import org.colloquium.kernel.limits.api.MailQuotas;
import org.colloquium.kernel.limits.domain.Limits;
import org.colloquium.kernel.limits.domain.MailQuota;

/** The module's implementation of {@link MailQuotas}. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class DefaultMailQuotas implements MailQuotas {

  private static final Logger LOG = Logger.getLogger(MailQuotas.class.getName());

  @Inject DatabaseBuckets buckets;
  @Inject Limits limits;

  @Override
  public boolean take(MailKind kind, Long senderAccountId, EmailAddress recipient) {
    boolean allowed =
        MailQuota.take(
            buckets.bucket(limits.mailsPerSender(kind), "account:" + senderAccountId),
            buckets.bucket(limits.mailsPerRecipient(kind), recipient.value()));
    if (!allowed) {
      LOG.info(
          () ->
              kind
                  + " to "
                  + recipient
                  + " caused by account "
                  + senderAccountId
                  + " not queued: daily quota used up");
    }
    return allowed;
  }

  @Override
  public int perSender(MailKind kind) {
    return limits.settings().mailsPerSender(kind);
  }

  @Override
  public int perRecipient(MailKind kind) {
    return limits.settings().mailsPerRecipient(kind);
  }

  @Override
  public boolean takeLinkMail(EmailAddress to) {
    boolean allowed = buckets.bucket(Limits.LINK_MAILS_TO_ADDRESS, to.value()).tryConsume(1);
    if (!allowed) {
      LOG.info(() -> "Not mailing " + to + " again yet: too many link mails requested");
    }
    return allowed;
  }
}
