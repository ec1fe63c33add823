package org.colloquium.kernel.mail.api;

import java.util.Map;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.i18n.Language;

/**
 * The only way to send mail: renders a template and writes the outbox row inside the caller's
 * transaction, so the mail exists if and only if the change that caused it was committed.
 */
public interface Outbox {
  /**
   * Queues a mail. Every template gets {@code recipientName}, {@code siteName} and {@code siteUrl}
   * besides the values given.
   */
  Long enqueue(
      String template,
      EmailAddress recipient,
      String recipientName,
      Language language,
      Map<String, String> values);

  /**
   * Queues a mail with a file attached, sent as {@code multipart/mixed}: the text first, then the
   * file. The attachment is stored with the mail, so it too exists only if the caller's transaction
   * commits.
   */
  Long enqueue(
      String template,
      EmailAddress recipient,
      String recipientName,
      Language language,
      Map<String, String> values,
      MailAttachment attachment);

  /**
   * The mail {@link #enqueue} would queue with the same arguments, rendered the same way, without
   * queuing anything: for previews before a bulk sending.
   */
  MailPreview preview(
      String template, String recipientName, Language language, Map<String, String> values);
}
