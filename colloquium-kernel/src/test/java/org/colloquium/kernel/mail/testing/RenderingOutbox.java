package org.colloquium.kernel.mail.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.mail.api.MailAttachment;
import org.colloquium.kernel.mail.api.MailPreview;
import org.colloquium.kernel.mail.api.Outbox;
import org.colloquium.kernel.mail.application.MailTemplates;

/**
 * An outbox for modules' unit tests: every mail queued is rendered with the real templates of the
 * class path (a value a template names and was not given fails the test) and kept, in order, with
 * its attachment.
 */
public final class RenderingOutbox implements Outbox {

  /** A mail as the outbox got it, rendered as it would be sent. */
  public record Queued(
      String template,
      EmailAddress to,
      String name,
      Language language,
      MailPreview mail,
      MailAttachment attachment) {}

  private final Settings settings;
  private final List<Queued> queued = new ArrayList<>();

  public RenderingOutbox(Settings settings) {
    this.settings = settings;
  }

  public List<Queued> queued() {
    return queued;
  }

  @Override
  public Long enqueue(
      String template,
      EmailAddress recipient,
      String recipientName,
      Language language,
      Map<String, String> values) {
    return enqueue(template, recipient, recipientName, language, values, null);
  }

  @Override
  public Long enqueue(
      String template,
      EmailAddress recipient,
      String recipientName,
      Language language,
      Map<String, String> values,
      MailAttachment attachment) {
    queued.add(
        new Queued(
            template,
            recipient,
            recipientName,
            language,
            preview(template, recipientName, language, values),
            attachment));
    return (long) queued.size();
  }

  @Override
  public MailPreview preview(
      String template, String recipientName, Language language, Map<String, String> values) {
    Map<String, String> all = new HashMap<>(values);
    all.put("recipientName", recipientName);
    all.put("siteName", settings.siteName());
    all.put("siteUrl", settings.baseUrl() + "/");
    MailTemplates.RenderedMail mail = new MailTemplates().render(template, language, all);
    return new MailPreview(mail.subject(), mail.body());
  }
}
