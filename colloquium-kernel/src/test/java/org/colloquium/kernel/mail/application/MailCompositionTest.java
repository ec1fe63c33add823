package org.colloquium.kernel.mail.application;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Properties;
import org.colloquium.kernel.mail.api.MailAttachment;
import org.junit.jupiter.api.Test;

/** The message the sender hands to SMTP, written out and parsed back as a mail program would. */
class MailCompositionTest {

  private static final Session SESSION = Session.getInstance(new Properties());
  private static final Date SENT = new Date(1_796_000_000_000L);
  private static final String BODY =
      "Bună ziua, Ștefan,\n\nProgramarea comunicării s-a schimbat.\n\nColloquium\n";
  private static final String ICS =
      "BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:contribution-401@example.ro\r\n"
          + "SUMMARY:Morfologia verbului în dacoromână\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

  private static PendingMail mail(MailAttachment attachment) {
    return new PendingMail(
        9L,
        "claim",
        "<fixed-id@colloquium.example>",
        "stefan@uaic.ro",
        "Ștefan Mureșanu",
        "Schimbare în program: Colocviul",
        BODY,
        attachment);
  }

  private static InternetAddress from() throws MessagingException {
    return new InternetAddress("no-reply@colloquium.example");
  }

  @Test
  void aMailOfTextAloneIsWrittenExactlyAsBeforeAttachmentsExisted() throws Exception {
    byte[] composed = bytes(MailSender.compose(SESSION, mail(null), from(), SENT));

    assertArrayEquals(bytes(asBefore(mail(null))), composed, () -> new String(composed, UTF_8));
    MimeMessage parsed = parse(composed);
    assertTrue(parsed.isMimeType("text/plain"), parsed.getContentType());
    assertEquals(BODY, lines(parsed.getContent()));
  }

  @Test
  void aMailWithAFileIsTheTextThenTheFileAsAnAttachment() throws Exception {
    MailAttachment ics =
        new MailAttachment(
            "cilr-2026-changes-2.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ICS);

    MimeMessage parsed = parse(bytes(MailSender.compose(SESSION, mail(ics), from(), SENT)));

    assertTrue(parsed.isMimeType("multipart/mixed"), parsed.getContentType());
    assertEquals("<fixed-id@colloquium.example>", parsed.getMessageID());
    assertEquals("Schimbare în program: Colocviul", parsed.getSubject());
    assertEquals("auto-generated", parsed.getHeader("Auto-Submitted")[0]);
    assertEquals(
        "Ștefan Mureșanu",
        ((InternetAddress) parsed.getRecipients(Message.RecipientType.TO)[0]).getPersonal());
    MimeMultipart parts = (MimeMultipart) parsed.getContent();
    assertEquals(2, parts.getCount());

    MimeBodyPart text = (MimeBodyPart) parts.getBodyPart(0);
    assertTrue(text.isMimeType("text/plain"), text.getContentType());
    assertEquals("UTF-8", new ContentType(text.getContentType()).getParameter("charset"));
    assertEquals(BODY, lines(text.getContent()));

    MimeBodyPart file = (MimeBodyPart) parts.getBodyPart(1);
    ContentType type = new ContentType(file.getContentType());
    assertEquals("text/calendar", type.getBaseType());
    assertEquals("UTF-8", type.getParameter("charset"));
    assertEquals("PUBLISH", type.getParameter("method"));
    assertEquals(Part.ATTACHMENT, file.getDisposition());
    assertEquals("cilr-2026-changes-2.ics", file.getFileName());
    assertEquals(ICS, new String(file.getInputStream().readAllBytes(), UTF_8));
  }

  /** What {@code MailSender} did for every mail before attachments, call for call. */
  private static MimeMessage asBefore(PendingMail mail) throws Exception {
    MimeMessage message =
        new MimeMessage(SESSION) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", mail.messageId());
          }
        };
    message.setFrom(from());
    message.setRecipient(
        Message.RecipientType.TO,
        new InternetAddress(mail.recipientEmail(), mail.recipientName(), UTF_8.name()));
    message.setSubject(mail.subject(), UTF_8.name());
    message.setText(mail.body(), UTF_8.name());
    message.setSentDate(SENT);
    message.setHeader("Auto-Submitted", "auto-generated");
    message.saveChanges();
    return message;
  }

  /** The text with the line breaks it was given: on the wire, MIME text has CRLF. */
  private static String lines(Object content) {
    return ((String) content).replace("\r\n", "\n");
  }

  private static byte[] bytes(MimeMessage message) throws IOException, MessagingException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }

  private static MimeMessage parse(byte[] bytes) throws MessagingException {
    return new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
  }
}
