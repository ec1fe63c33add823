package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Mails;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser, two people: the abstract the first one typed (kept by the browser, not saved) is
 * never offered to the second, whether the first session expired or was ended, and signing out
 * removes the browser's copies altogether.
 */
class SharedComputerBrowserIT extends DeployedApplication {

  private static final String FORM = "/events/annual-conference-iii/submit";

  @SuppressWarnings("unchecked")
  private static List<String> storedNames(Browser browser) {
    return (List<String>)
        ((JavascriptExecutor) browser.driver())
            .executeScript("return Object.keys(window.localStorage);");
  }

  private static boolean restoreOffered(Browser browser) {
    browser.find(By.id("submission:title"));
    return browser.driver().findElement(By.id("restore-typed")).isDisplayed();
  }

  @Test
  void theNextPersonIsNeverOfferedSomeoneElsesTextAndSigningOutRemovesIt() {
    try (Browser browser = new Browser("shared-computer")) {
      browser.signIn(DemoUsers.AUTHOR.email(), DemoUsers.PASSWORD);
      browser.open(FORM);
      browser.type("submission:title", "A title typed at the library's computer");
      Mails.sleep(1000); // the script keeps the typed text after a short pause
      List<String> kept = storedNames(browser);
      assertEquals(1, kept.size(), kept::toString);
      assertTrue(
          kept.get(0).matches("colloquium\\.submission\\.\\d+\\.new\\.annual-conference-iii"),
          kept::toString);

      // The session simply ends (expired, cookies gone) and someone else signs in.
      browser.driver().manage().deleteAllCookies();
      browser.signIn(DemoUsers.ATTENDEE.email(), DemoUsers.PASSWORD);
      browser.open(FORM);
      assertFalse(restoreOffered(browser), "the attendee is not offered the author's text");
      assertEquals("", browser.find(By.id("submission:title")).getAttribute("value"));

      // The author, back, still gets it: nothing typed is lost to an expired session.
      browser.driver().manage().deleteAllCookies();
      browser.signIn(DemoUsers.AUTHOR.email(), DemoUsers.PASSWORD);
      browser.open(FORM);
      assertTrue(restoreOffered(browser), "the author is offered their own text");

      // Signing out removes every copy the application kept in this browser.
      browser.activateByKeyboard(By.cssSelector("form.sign-out-form button"));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(d -> browser.path().equals("/"));
      assertTrue(
          storedNames(browser).stream().noneMatch(n -> n.startsWith("colloquium.")),
          () -> storedNames(browser).toString());
    }
  }
}
