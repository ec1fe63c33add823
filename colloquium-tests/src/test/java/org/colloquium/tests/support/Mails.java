package org.colloquium.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading what GreenMail received. */
public final class Mails {

  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  private Mails() {}

  public static GreenMail start(int port) {
    GreenMail mail =
        new GreenMail(new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", "smtp"));
    mail.start();
    return mail;
  }

  public static int port() {
    return Integer.getInteger("greenmail.port", 3025);
  }

  /** Mails to {@code recipient}, waiting up to {@code timeout} for at least {@code count}. */
  public static List<MimeMessage> awaitFor(
      GreenMail mail, String recipient, int count, Duration timeout) {
    Instant until = Instant.now().plus(timeout);
    List<MimeMessage> found = to(mail, recipient);
    while (found.size() < count && Instant.now().isBefore(until)) {
      sleep(200);
      found = to(mail, recipient);
    }
    assertTrue(
        found.size() >= count,
        () -> "expected " + count + " mail(s) to " + recipient + " within " + timeout);
    return found;
  }

  public static MimeMessage awaitOne(GreenMail mail, String recipient) {
    List<MimeMessage> found = awaitFor(mail, recipient, 1, Duration.ofSeconds(20));
    assertEquals(1, found.size(), () -> "exactly one mail to " + recipient);
    return found.get(0);
  }

  public static List<MimeMessage> to(GreenMail mail, String recipient) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(m -> recipients(m).contains(recipient))
        .toList();
  }

  /** The mail's text: the whole content, or the first part of one with attachments. */
  public static String body(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof jakarta.mail.internet.MimeMultipart parts) {
        return parts.getBodyPart(0).getContent().toString();
      }
      return content.toString();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The text of a mail's calendar attachment: the mail has two parts, its text and an .ics file
   * sent as text/calendar.
   */
  public static String calendarOf(MimeMessage message) {
    try {
      jakarta.mail.internet.MimeMultipart parts =
          (jakarta.mail.internet.MimeMultipart) message.getContent();
      assertEquals(2, parts.getCount(), "the text and the calendar");
      jakarta.mail.BodyPart calendar = parts.getBodyPart(1);
      assertTrue(calendar.getFileName().endsWith(".ics"), calendar.getFileName());
      assertTrue(calendar.getContentType().startsWith("text/calendar"), calendar.getContentType());
      return new String(
          calendar.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first link in the mail whose address contains {@code part}. */
  public static String link(MimeMessage message, String part) {
    Matcher m = LINK.matcher(body(message));
    while (m.find()) {
      if (m.group().contains(part)) {
        return m.group();
      }
    }
    throw new AssertionError("no link with " + part + " in: " + body(message));
  }

  private static String recipients(MimeMessage m) {
    try {
      var to = m.getRecipients(Message.RecipientType.TO);
      return to == null ? "" : Arrays.toString(to);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
