package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The demo organiser sets up the materials of the demo conference from the keyboard: two tracks
 * (one refused first as a duplicate), a presentation type, a partner with a logo; axe checks every
 * page state on the way.
 */
class EventMaterialsBrowserIT extends DeployedApplication {

  private static final String EVENT = "/manage/events/20-months-after";

  private static final String SUFFIX = Long.toString(System.nanoTime() % 100000);

  /** Waits for the page that the last submission loads to show this text. */
  private static void waitForText(Browser browser, String text) {
    browser.waitForText(text);
  }

  private static Path pngLogo() throws IOException {
    BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0, 87, 183));
    g.fillRect(0, 0, 120, 20);
    g.setColor(new Color(255, 215, 0));
    g.fillRect(0, 20, 120, 20);
    g.dispose();
    Path file = Files.createTempFile("partner-logo", ".png");
    ImageIO.write(image, "png", file.toFile());
    file.toFile().deleteOnExit();
    return file;
  }

  @Test
  void theOrganiserAddsTracksATypeAndAPartnerLogoByKeyboard() throws IOException {
    String first = "Energy security " + SUFFIX;
    String second = "Пропаганда și memorie " + SUFFIX;
    String type = "Lightning talk " + SUFFIX;
    String partner = "Institutul Dunărea " + SUFFIX;
    try (Browser browser = new Browser("event-materials")) {
      browser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);

      browser.open(EVENT + "/tracks");
      assertEquals("Tracks and presentation types", browser.heading());
      browser.check("tracks");

      browser.type("track:name", first);
      browser.type("track:description", "Gas, grids and the winter after");
      browser.pressEnterIn("track:name");
      waitForText(browser, first);
      browser.check("track-added");

      browser.type("track:name", second);
      browser.pressEnterIn("track:name");
      waitForText(browser, second);

      // The demo conference already has this track: the message sits next to the field, which
      // keeps what was typed.
      browser.type("track:name", "SECURITY AND DEFENCE");
      browser.pressEnterIn("track:name");
      browser.find(By.id("track:name-error"));
      assertTrue(
          browser.find(By.id("track:name-error")).getText().contains("already has"),
          browser.text());
      assertEquals("SECURITY AND DEFENCE", browser.find(By.id("track:name")).getAttribute("value"));
      assertEquals("true", browser.find(By.id("track:name")).getAttribute("aria-invalid"));
      browser.check("track-duplicate");

      browser.type("type:name", type);
      browser.type("type:duration", "10");
      browser.activateByKeyboard(By.id("type:save"));
      waitForText(browser, type);
      browser.check("type-added");

      browser.open(EVENT + "/partners");
      browser.check("partners");
      browser.type("partner:name", partner);
      browser.type("partner:url", "https://www.idm.at/");
      browser.find(By.id("partner:logo")).sendKeys(pngLogo().toAbsolutePath().toString());
      browser.pressEnterIn("partner:url");
      browser.find(By.cssSelector("img[alt='" + partner + "']"));
      assertTrue(
          browser
              .find(By.cssSelector("img[alt='" + partner + "']"))
              .getAttribute("src")
              .contains("/events/20-months-after/logos/"));
      browser.check("partner-added");

      browser.open(EVENT + "/materials");
      assertTrue(browser.text().contains("Recording on YouTube"), browser.text());
      browser.check("materials");
    }
  }
}
