package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A newcomer signs up (first with a mistake), opens the link from the mail, signs in, switches to
 * Romanian and finds the demo conference; by keyboard, with axe on every page.
 */
class NewcomerJourneyBrowserIT extends DeployedApplication {

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  @Test
  void newcomerSignsUpConfirmsSignsInSwitchesToRomanianAndSeesTheDemoEvent() {
    String email = Accounts.freshEmail("newcomer");
    String password = "amber quokka harbour 9";
    try (Browser browser = new Browser("newcomer")) {
      browser.open("/");
      assertEquals("Conferences and calls for papers", browser.heading());
      browser.check("home");

      browser.activateByKeyboard(By.linkText("Create an account"));
      browser.waitForPath("/sign-up");
      browser.check("sign-up");

      browser.type("signUp:fullName", "Ștefan Кузнецов");
      browser.type("signUp:email", email);
      browser.type("signUp:password", "short");
      browser.pressEnterIn("signUp:password");
      browser.find(By.id("signUp:password-error"));
      assertTrue(browser.text().contains("at least 10 characters"), browser.text());
      browser.check("sign-up-with-errors");

      browser.type("signUp:password", password);
      browser.pressEnterIn("signUp:password");
      browser.waitForPath("/sign-up/check-your-mail");
      browser.check("check-your-mail");

      String link = Mails.link(Mails.awaitOne(catcher.server(), email), "/confirm-email?token=");
      browser.open(link);
      assertTrue(browser.text().contains("your email address is confirmed"));
      browser.check("confirmed");

      browser.activateByKeyboard(By.cssSelector("main a.button-link"));
      browser.waitForPath("/sign-in");
      browser.type("signIn:email", email);
      browser.type("signIn:password", password);
      browser.pressEnterIn("signIn:password");
      browser.waitForPath("/my");
      assertEquals("Welcome, Ștefan Кузнецов", browser.heading());
      browser.check("my-area");

      browser.activateByKeyboard(By.cssSelector("button[lang=ro]"));
      // The switch reloads /my itself: wait for the Romanian page, not for the address.
      browser.waitForHeading("Bun venit, Ștefan Кузнецов");
      browser.waitForPath("/my");
      browser.check("my-area-romanian");

      browser.activateByKeyboard(By.linkText("Evenimente"));
      browser.waitForPath("/");
      assertEquals("Conferințe și apeluri la lucrări", browser.heading());
      // The demo conference has a Romanian title and description, which Romanian readers get.
      browser.activateByKeyboard(By.partialLinkText("La 20 de luni de la invazia rusă"));
      browser.waitForPath("/events/20-months-after");
      assertTrue(browser.text().contains("9–11 noiembrie 2023"), browser.text());
      assertTrue(browser.text().contains("tinerilor cercetători"), browser.text());
      assertTrue(browser.text().contains("sunteți bineveniți și online"), browser.text());
      browser.check("demo-event-romanian");
    }
  }
}
