package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The call for papers in a real browser: an organiser edits the open call by keyboard (meeting a
 * field error on the way), and a visitor in New York reads the call with the deadline in Bucharest
 * time, in their own time, and a countdown. Every page is checked with axe.
 */
class CallForPapersBrowserIT extends DeployedApplication {

  private static final String CALL = "/events/annual-conference-iii/cfp";

  @Test
  void organiserEditsTheCallAndAVisitorSeesTheCountdownAndTheirLocalTime() {
    try (Browser browser = new Browser("call-organiser")) {
      browser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);

      browser.open("/manage/events/annual-conference-iii");
      browser.activateByKeyboard(By.linkText("Call for papers"));
      browser.waitForPath("/manage/events/annual-conference-iii/call");
      assertEquals("Call for papers", browser.heading());
      assertTrue(browser.text().contains("Europe/Bucharest"), "the zone is next to the dates");
      browser.check("call-form");

      browser.type("call:wordLimit", "10");
      browser.pressEnterIn("call:wordLimit");
      browser.find(By.id("call:wordLimit-error"));
      assertTrue(browser.text().contains("The word limit is between 50 and 5,000 words."));
      browser.check("call-form-error");

      browser.type("call:wordLimit", "300");
      browser.type("call:graceMinutes", "30");
      browser.pressEnterIn("call:graceMinutes");
      browser.find(By.cssSelector(".page-messages .message-info"));
      assertTrue(browser.text().contains("The call for papers has been saved."), browser.text());
      browser.check("call-saved");
    }

    try (Browser visitor = new Browser("call-visitor")) {
      ((ChromeDriver) visitor.driver())
          .executeCdpCommand(
              "Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));
      // The event page's link to the call belongs to the events part; open the call directly.
      visitor.open(CALL);
      assertEquals("Call for papers", visitor.heading());
      List<WebElement> localTimes =
          new WebDriverWait(visitor.driver(), Duration.ofSeconds(15))
              .until(d -> d.findElements(By.cssSelector(".local-time"))).stream().toList();
      assertFalse(localTimes.isEmpty(), "the script added the visitor's times");
      String deadline = localTimes.get(1).getText();
      assertTrue(deadline.contains("your time:"), deadline);
      assertTrue(deadline.matches(".*(GMT-[45]|E[SD]T).*"), deadline);
      assertTrue(visitor.text().contains("Eastern European"), "the event's zone stays named");
      String countdown = visitor.find(By.id("countdown")).getText();
      assertTrue(countdown.matches("Closes in \\d+ days"), countdown);
      assertEquals(null, visitor.find(By.id("countdown")).getAttribute("aria-live"));
      visitor.check("call-page");

      visitor.activateByKeyboard(By.id("submit-abstract"));
      visitor.waitForPath("/sign-in?next=%2Fevents%2Fannual-conference-iii%2Fsubmit");
      visitor.type("signIn:email", DemoUsers.AUTHOR.email());
      visitor.type("signIn:password", DemoUsers.PASSWORD);
      visitor.pressEnterIn("signIn:password");
      visitor.waitForPath("/events/annual-conference-iii/submit");
      assertEquals("Submit an abstract", visitor.heading());
      visitor.check("submit-page");
    }
  }
}
