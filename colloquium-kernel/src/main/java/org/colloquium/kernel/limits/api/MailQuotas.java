package org.colloquium.kernel.limits.api;

import org.colloquium.kernel.account.api.EmailAddress;

/**
 * Daily quotas of the mails that people make the site send to others (co-author notices, committee
 * invitations), per account that causes them and per address that receives them, and the rule for
 * mails with links to an account's own address. Runs in the caller's transaction, so a change that
 * is rolled back gives its allowance back; callers that mail several addresses take them in a fixed
 * order (sorted), so two transactions never wait for each other's buckets.
 */
public interface MailQuotas {
  /**
   * Takes one mail of this kind from the sender's and the recipient's daily allowance.
   *
   * @return false if either is used up: then the mail must not be queued
   */
  boolean take(MailKind kind, Long senderAccountId, EmailAddress recipient);

  /** The most mails of this kind one account may cause in a day, for the page that says so. */
  int perSender(MailKind kind);

  /** The most mails of this kind one address may receive in a day. */
  int perRecipient(MailKind kind);

  /**
   * At most a few mails with links (confirmation, reset, "someone tried to sign up") to one address
   * per quarter of an hour, whoever asks: the forms cannot be used to flood a mailbox.
   *
   * @return false if this one must not be sent
   */
  boolean takeLinkMail(EmailAddress to);
}
