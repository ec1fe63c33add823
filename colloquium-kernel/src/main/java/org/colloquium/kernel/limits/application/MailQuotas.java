package org.colloquium.kernel.limits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.logging.Logger;
import org.colloquium.kernel.account.domain.EmailAddress;
import org.colloquium.kernel.limits.domain.Limits;
import org.colloquium.kernel.limits.domain.MailKind;
import org.colloquium.kernel.limits.domain.MailQuota;

/**
 * Daily quotas of the mails that people make the site send to others (co-author notices, committee
 * invitations), per account that causes them and per address that receives them, and the rule for
 * mails with links to an account's own address. Runs in the caller's transaction, so a change that
 * is rolled back gives its allowance back; callers that mail several addresses take them in a fixed
 * order (sorted), so two transactions never wait for each other's buckets.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class MailQuotas {

  private static final Logger LOG = Logger.getLogger(MailQuotas.class.getName());

  @Inject DatabaseBuckets buckets;
  @Inject Limits limits;

  /**
   * Takes one mail of this kind from the sender's and the recipient's daily allowance.
   *
   * @return false if either is used up: then the mail must not be queued
   */
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

  /** The most mails of this kind one account may cause in a day, for the page that says so. */
  public int perSender(MailKind kind) {
    return limits.settings().mailsPerSender(kind);
  }

  /** The most mails of this kind one address may receive in a day. */
  public int perRecipient(MailKind kind) {
    return limits.settings().mailsPerRecipient(kind);
  }

  /**
   * At most a few mails with links (confirmation, reset, "someone tried to sign up") to one address
   * per quarter of an hour, whoever asks: the forms cannot be used to flood a mailbox.
   *
   * @return false if this one must not be sent
   */
  public boolean takeLinkMail(EmailAddress to) {
    boolean allowed = buckets.bucket(Limits.LINK_MAILS_TO_ADDRESS, to.value()).tryConsume(1);
    if (!allowed) {
      LOG.info(() -> "Not mailing " + to + " again yet: too many link mails requested");
    }
    return allowed;
  }
}
