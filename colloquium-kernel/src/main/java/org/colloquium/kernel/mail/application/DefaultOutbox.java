package org.colloquium.kernel.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.mail.api.MailAttachment;
import org.colloquium.kernel.mail.api.MailPreview;
import org.colloquium.kernel.mail.api.Outbox;
import org.colloquium.kernel.mail.domain.OutboxMessage;
import org.colloquium.kernel.mail.domain.OutboxRepository;

/** The module's implementation of {@link Outbox}. */
@ApplicationScoped
public class DefaultOutbox implements Outbox {

  @Inject OutboxRepository repository;
  @Inject MailTemplates templates;
  @Inject Settings settings;
  @Inject Clock clock;
  @Inject MailQueuedNotifier notifier;

  @Override
  @Transactional(TxType.MANDATORY)
  public Long enqueue(
      String template,
      EmailAddress recipient,
      String recipientName,
      Language language,
      Map<String, String> values) {
    return queue(template, recipient, recipientName, language, values, null);
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public Long enqueue(
      String template,
      EmailAddress recipient,
      String recipientName,
      Language language,
      Map<String, String> values,
      MailAttachment attachment) {
    return queue(
        template,
        recipient,
        recipientName,
        language,
        values,
        Objects.requireNonNull(attachment, "attachment"));
  }

  private Long queue(
      String template,
      EmailAddress recipient,
      String recipientName,
      Language language,
      Map<String, String> values,
      MailAttachment attachment) {
    MailTemplates.RenderedMail mail =
        render(
            template, recipientName == null ? recipient.value() : recipientName, language, values);
    OutboxMessage message =
        new OutboxMessage(
            template,
            recipient.value(),
            recipientName,
            mail.subject(),
            mail.body(),
            messageIdDomain(),
            clock.instant());
    if (attachment != null) {
      message.attach(attachment);
    }
    repository.add(message);
    notifier.queued(message.id());
    return message.id();
  }

  @Override
  public MailPreview preview(
      String template, String recipientName, Language language, Map<String, String> values) {
    MailTemplates.RenderedMail mail = render(template, recipientName, language, values);
    return new MailPreview(mail.subject(), mail.body());
  }

  private MailTemplates.RenderedMail render(
      String template, String recipientName, Language language, Map<String, String> values) {
    Map<String, String> all = new HashMap<>(values);
    all.putIfAbsent("recipientName", recipientName);
    all.putIfAbsent("siteName", settings.siteName());
    all.putIfAbsent("siteUrl", settings.baseUrl() + "/");
    return templates.render(template, language, all);
  }

  private String messageIdDomain() {
    String host = URI.create(settings.baseUrl()).getHost();
    return host == null || host.isBlank() ? "colloquium.invalid" : host;
  }
}
