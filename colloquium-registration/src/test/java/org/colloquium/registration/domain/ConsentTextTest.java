package org.colloquium.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.colloquium.kernel.secrets.HashedSecret;
import org.junit.jupiter.api.Test;

/** The consent's wording on the form is the wording its records name. */
class ConsentTextTest {

  private static String text(String bundle) throws IOException {
    Properties p = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/main/resources/colloquium/i18n/" + bundle), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p.getProperty("registration.form.listed");
  }

  @Test
  void changingTheWordingNeedsANewVersion() throws IOException {
    String shown = text("messages.properties") + "\n" + text("messages_ro.properties");
    assertEquals(
        ConsentText.LISTED.sha256(),
        HashedSecret.hashOf(shown),
        "registration.form.listed changed: give ConsentText.LISTED a new version and this hash");
  }
}
