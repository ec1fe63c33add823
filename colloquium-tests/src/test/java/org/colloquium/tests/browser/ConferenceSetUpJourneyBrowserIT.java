package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole set-up of a conference as issue 3 describes it, in one browser journey: an organiser
 * creates an event with two tracks and a bilingual description, opens the call for papers, invites
 * a reviewer who accepts, posts a news item and publishes; then an anonymous visitor switches to
 * Romanian, reads the Romanian text, opens the call and follows the feed link. axe checks every
 * page; screenshots go to target/screenshots/journey-*.
 */
class ConferenceSetUpJourneyBrowserIT extends DeployedApplication {

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  private static final String TITLE = "Black Sea Security Forum";
  private static final String TITLE_RO = "Forumul de securitate al Mării Negre";
  private static final String NEWS = "Call for papers open";
  private static final String REVIEWER_PASSWORD = "amber harbour lantern 7";

  /** Datetime-local inputs take their value the way the browser's own picker sets it. */
  private static void setDateTime(Browser browser, String id, String value) {
    WebElement field = browser.find(By.id(id));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1]", field, value);
  }

  private static void awaitText(Browser browser, String text) {
    browser.waitForText(text);
  }

  @Test
  void organiserSetsUpAConferenceAndAVisitorFindsItInRomanian() {
    String slug = "black-sea-forum-" + Long.toString(System.currentTimeMillis(), 36);
    String manage = "/manage/events/" + slug;
    LocalDate start = LocalDate.now().plusMonths(8);

    // The reviewer-to-be already has an account (signing up is the newcomer journey's subject).
    String reviewer = Accounts.freshEmail("journey-reviewer");
    WebClient signUp = new WebClient();
    Accounts.signUpExpectingMail(signUp, "Ірина Вăduva-Коваль", reviewer, REVIEWER_PASSWORD);
    signUp.get(Mails.link(Mails.awaitOne(catcher.server(), reviewer), "/confirm-email?token="));

    try (Browser organiser = new Browser("journey-organiser")) {
      organiser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);

      // 1. The event, with a description in English and Romanian.
      organiser.open("/manage/events/new");
      organiser.type("newEvent:title", TITLE);
      organiser.type("newEvent:slug", slug);
      setDateTime(organiser, "newEvent:start", start + "T09:00");
      setDateTime(organiser, "newEvent:end", start.plusDays(2) + "T18:00");
      organiser.type("newEvent:timeZone", "Europe/Bucharest");
      organiser.activateByKeyboard(By.id("newEvent:create"));
      organiser.waitForPath(manage + "/edit");
      organiser.type("event:description", "Three days on **security** in the Black Sea region.");
      organiser.type("event:otherTitle", TITLE_RO);
      organiser.type(
          "event:otherDescription", "Trei zile despre **securitate** în regiunea Mării Negre.");
      organiser.activateByKeyboard(By.id("event:save"));
      organiser.find(By.cssSelector(".page-messages .message-info"));
      organiser.check("journey-details");

      // 2. Two tracks.
      organiser.activateByKeyboard(By.linkText("Tracks and types"));
      organiser.waitForPath(manage + "/tracks");
      for (String track : new String[] {"Maritime security", "Energy and ports"}) {
        organiser.type("track:name", track);
        organiser.pressEnterIn("track:name");
        awaitText(organiser, track);
      }
      organiser.check("journey-tracks");

      // 3. The call for papers, open from yesterday until two months before the forum.
      organiser.activateByKeyboard(By.linkText("Call for papers"));
      organiser.waitForPath(manage + "/call");
      setDateTime(organiser, "call:opensAt", LocalDate.now().minusDays(1) + "T00:00");
      setDateTime(organiser, "call:abstractDeadline", start.minusMonths(2) + "T23:59");
      organiser.type("call:wordLimit", "300");
      organiser.activateByKeyboard(By.id("call:submit"));
      organiser.find(By.cssSelector(".page-messages .message-info"));
      organiser.check("journey-call");

      // 4. A reviewer is invited.
      organiser.activateByKeyboard(By.linkText("Committee"));
      organiser.waitForPath(manage + "/committee");
      organiser.type("invite:email", reviewer);
      new Select(organiser.find(By.id("invite:role"))).selectByValue("REVIEWER");
      organiser.pressEnterIn("invite:email");
      organiser.find(By.cssSelector(".page-messages .message-info"));
      organiser.check("journey-invited");

      // 5. A news item, published now.
      organiser.activateByKeyboard(By.cssSelector(".area-nav a[href$='/news']"));
      organiser.waitForPath(manage + "/news");
      organiser.type("news:titleEn", NEWS);
      organiser.type("news:bodyEn", "Send your abstract by the deadline.");
      organiser.type("news:titleRo", "Apelul la lucrări este deschis");
      organiser.type("news:bodyRo", "Trimiteți rezumatul până la termen.");
      organiser.activateByKeyboard(By.id("news:save"));
      organiser.find(By.cssSelector(".page-messages .message-info"));
      organiser.activateByKeyboard(By.cssSelector("button[title='Publish now: " + NEWS + "']"));
      awaitText(organiser, "is published");
      organiser.check("journey-news");

      // 6. Publish the event.
      organiser.activateByKeyboard(By.linkText("Overview"));
      organiser.waitForPath(manage);
      organiser.activateByKeyboard(By.id("status:publish"));
      organiser.find(By.cssSelector(".page-messages .message-info"));
      assertTrue(organiser.text().contains("is published"), organiser.text());
      organiser.check("journey-published");
    }

    // The reviewer accepts from the mailed link.
    MimeMessage invitation =
        Mails.awaitFor(catcher.server(), reviewer, 2, Duration.ofSeconds(30)).get(1);
    try (Browser invitee = new Browser("journey-reviewer")) {
      invitee.signIn(reviewer, REVIEWER_PASSWORD);
      invitee.open(Mails.link(invitation, "/invitation?token="));
      assertTrue(invitee.text().contains(TITLE), invitee.text());
      invitee.check("journey-invitation");
      invitee.activateByKeyboard(By.id("accept:submit"));
      invitee.waitForPath("/my");
      assertTrue(invitee.text().contains("Invitation accepted"), invitee.text());
    }
    try (Browser organiser = new Browser("journey-committee")) {
      organiser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      organiser.open(manage + "/committee");
      assertTrue(organiser.text().contains("Ірина Вăduva-Коваль"), organiser.text());
      organiser.check("journey-committee");
    }

    // An anonymous visitor reads it in Romanian, opens the call and follows the feed.
    try (Browser visitor = new Browser("journey-visitor")) {
      visitor.open("/events/" + slug);
      assertEquals(TITLE, visitor.heading());
      assertTrue(visitor.text().contains("Maritime security"), visitor.text());
      visitor.check("journey-event-english");
      visitor.activateByKeyboard(By.cssSelector(".language-switch button[lang=ro]"));
      visitor.find(By.cssSelector("html[lang=ro]"));
      assertEquals(TITLE_RO, visitor.heading());
      assertTrue(visitor.text().contains("regiunea Mării Negre"), visitor.text());
      visitor.check("journey-event-romanian");

      visitor.activateByKeyboard(By.linkText("Citiți apelul complet"));
      visitor.waitForPath("/events/" + slug + "/cfp");
      assertTrue(visitor.text().contains("300"), visitor.text());
      visitor.find(By.id("submit-abstract"));
      visitor.check("journey-call-romanian");

      visitor.open("/events/" + slug);
      visitor.activateByKeyboard(By.linkText("Abonare (Atom)"));
      visitor.waitForPath("/events/" + slug + "/news.atom");
      String feed = visitor.driver().getPageSource();
      assertTrue(feed.contains(NEWS) || feed.contains("Apelul la lucrări este deschis"), feed);
      visitor.screenshot("journey-feed");
    }
  }
}
