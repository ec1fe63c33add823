package org.colloquium.kernel.mail.application;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.mail.api.MailAttachment;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Speaks SMTP through the WildFly mail session {@code java:jboss/mail/Colloquium} (host, port and
 * TLS come from SMTP_HOST, SMTP_PORT and SMTP_TLS in the server configuration). Credentials, when
 * SMTP_USER is set, are given at connect time: an empty user name in the server configuration would
 * make Jakarta Mail try to authenticate against servers that do not want it.
 */
@ApplicationScoped
public class MailSender {

  public static final String SESSION_JNDI = "java:jboss/mail/Colloquium";

  @Resource(lookup = SESSION_JNDI)
  Session serverSession;

  @Inject
  @ConfigProperty(name = "smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "smtp.password")
  Optional<String> smtpPassword;

  @Inject Settings settings;

  /** False in the default run: mails are then held in the outbox and written to the log. */
  public boolean isConfigured() {
    return smtpHost.filter(h -> !h.isBlank()).isPresent();
  }

  /** An open SMTP connection for a batch of mails. */
  public final class Connection implements AutoCloseable {
    private final Session session;
    private final Transport transport;

    private Connection(Session session, Transport transport) {
      this.session = session;
      this.transport = transport;
    }

    public void send(PendingMail mail) throws MessagingException {
      MimeMessage message = compose(session, mail, from(), new Date());
      transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // The mails of this batch are already recorded; a failed QUIT changes nothing.
      }
    }
  }

  public Connection connect() throws MessagingException {
    Properties properties = new Properties();
    properties.putAll(serverSession.getProperties());
    // Without these Jakarta Mail waits forever on a server that accepts and then stalls.
    properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
    properties.putIfAbsent("mail.smtp.timeout", "30000");
    properties.putIfAbsent("mail.smtp.writetimeout", "30000");
    // SMTP_TLS=true means "never send in clear": refuse a server that does not offer STARTTLS.
    if ("true".equals(properties.getProperty("mail.smtp.starttls.enable"))) {
      properties.putIfAbsent("mail.smtp.starttls.required", "true");
    }
    Session session = Session.getInstance(properties);
    Transport transport = session.getTransport("smtp");
    if (smtpUser.filter(u -> !u.isBlank()).isPresent()) {
      transport.connect(smtpUser.get(), smtpPassword.orElse(""));
    } else {
      transport.connect();
    }
    return new Connection(session, transport);
  }

  /**
   * The message as it goes out. A mail of text alone is a single text/plain part, exactly as before
   * attachments existed; with a file it is multipart/mixed, the text first, then the file as an
   * attachment, so that a mail program shows the text and offers the file.
   */
  static MimeMessage compose(Session session, PendingMail mail, InternetAddress from, Date sent)
      throws MessagingException {
    MimeMessage message = new FixedIdMessage(session, mail.messageId());
    message.setFrom(from);
    message.setRecipient(Message.RecipientType.TO, recipient(mail));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    MailAttachment attachment = mail.attachment();
    if (attachment == null) {
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
    } else {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.body(), StandardCharsets.UTF_8.name());
      MimeBodyPart file = new MimeBodyPart();
      // Bytes with the type as given, so parameters such as a calendar's method=PUBLISH survive;
      // Jakarta Mail then picks a transfer encoding that keeps the text's line breaks.
      file.setDataHandler(
          new DataHandler(
              new ByteArrayDataSource(
                  attachment.content().getBytes(StandardCharsets.UTF_8),
                  attachment.contentType())));
      file.setFileName(attachment.fileName());
      file.setDisposition(Part.ATTACHMENT);
      message.setContent(new MimeMultipart("mixed", text, file));
    }
    message.setSentDate(sent);
    // Asks vacation responders not to answer; RFC 3834.
    message.setHeader("Auto-Submitted", "auto-generated");
    message.saveChanges();
    return message;
  }

  /**
   * MAIL_FROM as an address whose display name is encoded for the header, so that a name with
   * Romanian or Cyrillic letters arrives intact.
   */
  InternetAddress from() throws MessagingException {
    InternetAddress parsed = InternetAddress.parse(settings.mailFrom(), false)[0];
    try {
      return parsed.getPersonal() == null
          ? parsed
          : new InternetAddress(
              parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("UTF-8 unsupported", e);
    }
  }

  private static InternetAddress recipient(PendingMail mail) throws MessagingException {
    try {
      return mail.recipientName() == null
          ? new InternetAddress(mail.recipientEmail(), true)
          : new InternetAddress(
              mail.recipientEmail(), mail.recipientName(), StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("UTF-8 unsupported", e);
    }
  }

  /** Keeps the Message-ID chosen when the row was written; Jakarta Mail would make a new one. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
