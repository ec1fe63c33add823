package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An organiser writes a news item of the demo conference (first forgetting its text), publishes it
 * from the list; a visitor finds it in the event's news, reads it and follows the feed link. By
 * keyboard, with axe on every page.
 */
class NewsBrowserIT extends DeployedApplication {

  @Test
  void organiserPostsNewsAndAVisitorReadsItAndFindsTheFeed() {
    String title = "Recordings online " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = new Browser("news-organiser")) {
      browser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);

      browser.open("/manage/events/20-months-after");
      browser.activateByKeyboard(By.cssSelector(".area-nav a[href$='/news']"));
      browser.waitForPath("/manage/events/20-months-after/news");
      browser.check("manage-news");

      browser.type("news:titleEn", title);
      browser.pressEnterIn("news:titleEn");
      browser.find(By.id("news:bodyEn-error"));
      assertTrue(browser.text().contains("Please enter the text."), browser.text());
      browser.check("manage-news-with-error");

      browser.type("news:bodyEn", "The **recordings** of all panels are online.");
      browser.type("news:titleRo", "Înregistrările sunt online");
      browser.type("news:bodyRo", "Înregistrările tuturor panelurilor sunt online.");
      browser.activateByKeyboard(By.id("news:save"));
      browser.find(By.cssSelector(".page-messages .message-info"));
      assertTrue(browser.text().contains("has been saved"), browser.text());
      assertTrue(browser.text().contains("Draft"), browser.text());
      browser.check("manage-news-saved");

      browser.activateByKeyboard(By.cssSelector("button[title='Publish now: " + title + "']"));
      browser.find(By.cssSelector(".page-messages .message-info"));
      assertTrue(browser.text().contains("is published"), browser.text());
      browser.check("manage-news-published");
    }

    try (Browser visitor = new Browser("news-visitor")) {
      visitor.open("/events/20-months-after/news");
      assertEquals("News", visitor.heading());
      visitor.check("event-news");
      visitor.activateByKeyboard(By.linkText(title));
      visitor.find(By.cssSelector(".news-body strong"));
      assertEquals(title, visitor.heading());
      visitor.check("news-item");

      visitor.activateByKeyboard(By.linkText("Subscribe (Atom)"));
      visitor.waitForPath("/events/20-months-after/news.atom");
      assertTrue(visitor.driver().getPageSource().contains(title), "the feed has the item");
      visitor.screenshot("feed");
    }
  }
}
