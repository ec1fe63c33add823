package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The pages of the other audiences: an organiser's management pages, an administrator's outbox, the
 * account pages and the error pages, each checked with axe.
 */
class OrganiserAndAdministratorBrowserIT extends DeployedApplication {

  private static void signIn(Browser browser, DemoUsers user) {
    browser.open("/sign-in");
    browser.check("sign-in");
    browser.type("signIn:email", user.email());
    browser.type("signIn:password", DemoUsers.PASSWORD);
    browser.pressEnterIn("signIn:password");
    browser.waitForPath("/my");
  }

  @Test
  void organiserManagesTheDemoConference() {
    try (Browser browser = new Browser("organiser")) {
      signIn(browser, DemoUsers.ORGANISER);
      browser.check("my-area");
      browser.activateByKeyboard(By.linkText("Manage events"));
      browser.waitForPath("/manage");
      browser.check("manage-events");
      browser.activateByKeyboard(By.partialLinkText("20 Months After"));
      browser.waitForPath("/manage/events/20-months-after");
      assertTrue(browser.text().contains("Олена Шевченко"), browser.text());
      browser.check("manage-event");

      browser.open("/my/profile");
      browser.check("profile");
      browser.type("profile:orcid", "0000-0002-1825-0098");
      browser.pressEnterIn("profile:orcid");
      browser.find(By.id("profile:orcid-error"));
      assertTrue(browser.text().contains("not a valid ORCID iD"));
      browser.check("profile-with-error");

      browser.open("/my/password");
      browser.check("password");
      browser.open("/admin");
      assertEquals("Access denied", browser.heading());
      browser.check("forbidden");
    }
  }

  @Test
  void administratorReadsTheOutbox() {
    // A mail to look at: no mail server runs in this test, so it waits with its error shown.
    WebClient visitor = new WebClient();
    visitor.submit(
        visitor.get("/forgot-password"),
        "forgotPassword",
        Map.of("email", DemoUsers.AUTHOR.email()),
        "submit");
    try (Browser browser = new Browser("administrator")) {
      signIn(browser, DemoUsers.ADMINISTRATOR);
      browser.activateByKeyboard(By.linkText("Administration"));
      browser.waitForPath("/admin");
      browser.check("admin");
      browser.activateByKeyboard(By.linkText("Mail outbox"));
      browser.waitForPath("/admin/outbox");
      assertEquals("Mail outbox", browser.heading());
      assertTrue(browser.text().contains(DemoUsers.AUTHOR.email()), browser.text());
      browser.check("outbox");
      browser.activateByKeyboard(By.cssSelector("tbody tr button"));
      browser.find(By.cssSelector(".page-messages .message-info"));
      assertTrue(browser.text().contains("queued to be sent again"), browser.text());
      browser.check("outbox-resent");
    }
  }

  @Test
  void theAccessibilityCheckCatchesAViolation() {
    try (Browser browser = new Browser("axe-self-test")) {
      browser.open("data:text/html,<html><title>t</title><img src='x.png'></html>");
      AssertionError failure = assertThrows(AssertionError.class, () -> browser.check("broken"));
      assertTrue(failure.getMessage().contains("image-alt"), failure.getMessage());
      assertTrue(failure.getMessage().contains("html-has-lang"), failure.getMessage());
      // The same check runs the Nu Html Checker on the page.
      assertTrue(failure.getMessage().contains("Invalid HTML"), failure.getMessage());
    }
  }

  @Test
  void anonymousPagesAndErrors() {
    try (Browser browser = new Browser("anonymous")) {
      browser.open("/events/annual-conference-iii");
      browser.check("open-call-event");
      browser.open("/sign-in");
      browser.type("signIn:email", DemoUsers.ATTENDEE.email());
      browser.type("signIn:password", "not the password");
      browser.pressEnterIn("signIn:password");
      browser.find(By.cssSelector(".page-messages .message-error"));
      browser.check("sign-in-failed");
      browser.open("/forgot-password");
      browser.check("forgot-password");
      browser.open("/reset-password?token=forged");
      browser.check("reset-link-invalid");
      browser.open("/confirm-email?token=forged");
      browser.check("confirm-link-invalid");
      browser.open("/no/such/page");
      assertEquals("Page not found", browser.heading());
      browser.check("not-found");
    }
  }
}
