package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo organiser goes from the conference's dashboard to its submissions, searches without
 * diacritics, finds the CSV link carrying the filter, opens a submission and then the statistics
 * with their chart. By keyboard, with axe on every page.
 */
class OrganiserSubmissionsBrowserIT extends DeployedApplication {

  private static final String TABLE = "/manage/events/annual-conference-iii/submissions";

  @Test
  void organiserFiltersOpensASubmissionExportsAndSeesTheChart() {
    try (Browser browser = new Browser("organiser-submissions")) {
      browser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      browser.open("/manage/events/annual-conference-iii");
      browser.activateByKeyboard(By.cssSelector(".area-nav a[href$='/submissions']"));
      browser.waitForPath(TABLE);
      assertEquals("Submissions", browser.heading());
      assertTrue(browser.text().contains("Grain corridors and Black Sea shipping"), browser.text());
      browser.check("submissions-table");

      browser.type("q", "stiinte");
      browser.pressEnterIn("q");
      // The GET form sends its empty selects too: ?q=stiinte&state=&track=…
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(d -> d.getCurrentUrl().contains(TABLE + "?q=stiinte"));
      String filtered = browser.text();
      assertTrue(filtered.contains("Științele sociale în fața războiului"), filtered);
      assertFalse(filtered.contains("Grain corridors"), filtered);
      browser.check("submissions-filtered");

      WebElement csv = browser.find(By.id("download-csv"));
      assertTrue(
          csv.getAttribute("href").endsWith(TABLE + ".csv?q=stiinte"), csv.getAttribute("href"));

      browser.activateByKeyboard(
          By.linkText("Științele sociale în fața războiului: cercetarea sub presiune"));
      try {
        browser.waitForPath(TABLE + "/3");
      } catch (RuntimeException e) {
        browser.screenshot("detail-not-reached");
        throw new AssertionError(
            "at " + browser.driver().getCurrentUrl() + ": " + browser.text(), e);
      }
      assertTrue(browser.text().contains("Natalia Cebotari"), browser.text());
      browser.check("submission-detail");

      browser.open(TABLE + "/statistics");
      WebElement chart = browser.find(By.id("per-day-chart"));
      assertTrue(chart.isDisplayed());
      assertTrue(browser.driver().findElements(By.cssSelector("#per-day-chart rect")).size() >= 70);
      browser.check("submission-statistics");
    }
  }
}
