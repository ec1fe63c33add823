package org.colloquium.kernel.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import java.lang.reflect.Field;
import org.colloquium.kernel.config.Settings;
import org.junit.jupiter.api.Test;

/** What administrators see of a mail, and how the sender is written in the header. */
class MailPrivacyAndHeadersTest {

  @Test
  void administratorsDoNotSeeWorkingLinks() {
    String body =
        "Open this link:\n\nhttp://localhost:8080/reset-password?token=s3cr3t-T0ken_x\n\nBye";
    String shown = DefaultOutboxAdministration.hideSecrets(body);
    assertFalse(shown.contains("s3cr3t-T0ken_x"), shown);
    assertTrue(shown.contains("http://localhost:8080/reset-password?token=…"), shown);
    assertTrue(shown.endsWith("Bye"));
  }

  @Test
  void textWithoutTokensIsShownAsItIs() {
    String body = "Dear Ioana,\nsee https://example.org/page?x=1&y=2";
    assertEquals(body, DefaultOutboxAdministration.hideSecrets(body));
  }

  @Test
  void senderNameWithDiacriticsAndCyrillicIsEncodedForTheHeader() throws Exception {
    MailSender sender = new MailSender();
    sender.settings = settingsWithFrom("Conferința Центр <conference@unibuc.example>");
    InternetAddress from = sender.from();
    assertEquals("conference@unibuc.example", from.getAddress());
    assertEquals("Conferința Центр", from.getPersonal());
    assertTrue(from.toString().contains("=?UTF-8?"), "an RFC 2047 encoded word: " + from);
  }

  @Test
  void plainSenderAddressIsKept() throws Exception {
    MailSender sender = new MailSender();
    sender.settings = settingsWithFrom("no-reply@colloquium.example");
    assertEquals("no-reply@colloquium.example", sender.from().toString());
  }

  private static Settings settingsWithFrom(String from) throws ReflectiveOperationException {
    Settings settings = new Settings();
    Field field = Settings.class.getDeclaredField("mailFrom");
    field.setAccessible(true);
    field.set(settings, from);
    return settings;
  }
}
