package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * An organiser sets up an event with a bilingual description and publishes it; an anonymous visitor
 * switches to Romanian and reads the Romanian texts. Every page is checked with axe.
 */
class EventSetUpBrowserIT extends DeployedApplication {

  private static final String TITLE = "Summer School on the Black Sea Region";
  private static final String TITLE_RO = "Școala de vară despre regiunea Mării Negre";

  /**
   * Sets a date-time field as the browser's picker would: typing into datetime-local depends on the
   * browser's locale, the value it submits does not.
   */
  private static void setDateTime(Browser browser, String id, String value) {
    WebElement field = browser.find(By.id(id));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1]", field, value);
  }

  @Test
  void organiserSetsUpAndPublishesAnEventThatAVisitorReadsInRomanian() {
    String slug = "summer-school-" + Long.toString(System.currentTimeMillis(), 36);
    try (Browser browser = new Browser("event-set-up")) {
      browser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);

      browser.open("/manage");
      browser.activateByKeyboard(By.linkText("Create an event"));
      browser.waitForPath("/manage/events/new");
      browser.check("new-event");
      browser.type("newEvent:title", TITLE);
      browser.type("newEvent:slug", slug);
      setDateTime(browser, "newEvent:start", "2027-07-05T09:00");
      setDateTime(browser, "newEvent:end", "2027-07-09T17:00");
      browser.type("newEvent:timeZone", "Europe/Bucharest");
      browser.activateByKeyboard(By.id("newEvent:create"));
      browser.waitForPath("/manage/events/" + slug + "/edit");
      assertTrue(browser.text().contains("created as a draft"), browser.text());
      browser.check("edit-event");

      browser.type("event:description", "Lectures and workshops for **emerging scholars**.");
      browser.type("event:otherTitle", TITLE_RO);
      browser.type(
          "event:otherDescription", "Prelegeri și ateliere pentru **tineri cercetători**.");
      browser.type("event:venueMapUrl", "not a link");
      browser.activateByKeyboard(By.id("event:save"));
      browser.find(By.id("event:venueMapUrl-error"));
      assertTrue(browser.text().contains("full web address"), browser.text());
      assertEquals(TITLE_RO, browser.find(By.id("event:otherTitle")).getAttribute("value"));
      browser.check("edit-event-with-error");

      browser.type("event:venueMapUrl", "https://www.openstreetmap.org/#map=18/44.43526/26.10144");
      browser.activateByKeyboard(By.id("event:save"));
      browser.find(By.cssSelector(".page-messages .message-info"));
      assertTrue(browser.text().contains("The event has been saved."), browser.text());
      browser.check("edit-event-saved");

      browser.open("/manage/events/" + slug);
      browser.check("dashboard-draft");
      browser.activateByKeyboard(By.id("status:publish"));
      browser.find(By.cssSelector(".page-messages .message-info"));
      assertTrue(browser.text().contains("is published"), browser.text());
      browser.check("dashboard-published");
    }

    try (Browser visitor = new Browser("event-visitor")) {
      visitor.open("/events/" + slug);
      assertEquals(TITLE, visitor.heading());
      visitor.check("event-english");
      visitor.activateByKeyboard(By.cssSelector(".language-switch button[lang=ro]"));
      visitor.find(By.cssSelector("html[lang=ro]"));
      assertEquals(TITLE_RO, visitor.heading());
      assertEquals("ro", visitor.find(By.tagName("h1")).getAttribute("lang"));
      assertTrue(visitor.text().contains("tineri cercetători"), visitor.text());
      visitor.check("event-romanian");
      visitor.open("/");
      assertTrue(visitor.text().contains(TITLE_RO), visitor.text());
      visitor.check("home-romanian");
    }
  }
}
