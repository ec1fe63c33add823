package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Peer review by keyboard on the demo's double-blind annual conference: the organiser sets the
 * review's settings, a phase's rules and the form's help, and opens bidding; the reviewer bids
 * without any author named and declares a conflict with another submission; a second reviewer
 * conflicts out of #1; the organiser computes and commits an assignment, the energy track's chair
 * opens their tracks, the organiser opens reviewing, the reviewer saves a draft of a review, comes
 * back to it and submits it, then mentions the organiser in the discussion; the organiser decides
 * and sends the notification, and the author reads the decision in Romanian. Every page is checked
 * with axe and the HTML checker; screenshots under target/.
 */
class ReviewJourneyBrowserIT extends DeployedApplication {

  private static final String SLUG = "annual-conference-iii";
  private static final String SETUP = "/manage/events/" + SLUG + "/reviews";
  private static final String DESK = "/review/events/" + SLUG;
  private static final List<String> AUTHOR_TRACES =
      List.of("Andrei Țurcanu", "Moldova State University", "author@colloquium.example");

  private static void switchTo(Browser organiser, int phase, String name) {
    organiser.open(SETUP);
    organiser.activateByKeyboard(By.id("switch:phases:" + phase + ":to"));
    organiser.waitForText("The review is now in the phase " + name);
  }

  private static void assertBlind(Browser reviewer) {
    String text = reviewer.text();
    for (String trace : AUTHOR_TRACES) {
      assertFalse(text.contains(trace), () -> reviewer.path() + " names " + trace);
    }
  }

  @Test
  void organiserAndReviewerGoFromBiddingToASubmittedReview() {
    try (Browser organiser = new Browser("review-organiser")) {
      organiser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      organiser.open("/manage/events/" + SLUG);
      organiser.activateByKeyboard(By.linkText("Reviews"));
      organiser.waitForPath(SETUP);
      assertEquals("Review", organiser.heading());
      organiser.check("review-setup");
      // The settings and the phases' rules: reminders four days ahead, and authors may respond
      // to the reviews in the discussion phase.
      organiser.type("setup:remindDaysBefore", "4");
      WebElement respond = organiser.find(By.id("setup:phases:2:respond"));
      if (!respond.isSelected()) {
        respond.sendKeys(Keys.SPACE);
      }
      organiser.activateByKeyboard(By.id("setup:save"));
      organiser.waitForText("The review's settings are saved.");
      assertTrue(organiser.find(By.id("setup:phases:2:respond")).isSelected(), "kept");
      organiser.check("review-setup-saved");
      organiser.activateByKeyboard(By.id("edit-form"));
      organiser.waitForPath(SETUP + "/form");
      organiser.check("review-form");
      organiser.type("criteria:rows:0:helpEn", "Does it answer the call's questions?");
      organiser.type("criteria:rows:0:helpRo", "Răspunde la întrebările apelului?");
      organiser.activateByKeyboard(By.id("criteria:save"));
      organiser.waitForText("The review form is saved");
      organiser.check("review-form-saved");
      switchTo(organiser, 0, "Bidding");
      organiser.check("review-bidding-open");
    }

    try (Browser reviewer = new Browser("review-bidding")) {
      reviewer.signIn(DemoUsers.REVIEWER.email(), DemoUsers.PASSWORD);
      reviewer.open("/review");
      assertEquals("Review", reviewer.heading());
      reviewer.check("review-home");
      reviewer.activateByKeyboard(By.partialLinkText("Annual Conference"));
      reviewer.waitForPath(DESK);
      assertBlind(reviewer);
      reviewer.check("review-desk-bidding");
      new Select(reviewer.find(By.id("bids:rows:0:bid"))).selectByValue("EAGER");
      // #2 and #10 have a co-author from her university: found as conflicts, they are not listed.
      reviewer.waitForText("2 submissions are not listed");
      // She knows who wrote the next one: declaring the conflict takes it off her list for good.
      String label = reviewer.find(By.id("bids:rows:1:bid")).getAttribute("aria-label");
      String number = label.substring(label.indexOf('#'), label.indexOf(' ', label.indexOf('#')));
      new Select(reviewer.find(By.id("bids:rows:1:bid"))).selectByValue("CONFLICT");
      reviewer.activateByKeyboard(By.id("bids:save"));
      reviewer.waitForText("bids saved");
      reviewer.waitForText("3 submissions are not listed");
      assertTrue(
          reviewer.driver().findElements(By.cssSelector("#bids tbody tr")).stream()
              .noneMatch(tr -> tr.getText().startsWith(number + " ")),
          number + " is still listed: " + reviewer.text());
      reviewer.check("review-bids-saved");
    }

    // A second reviewer knows who wrote #1: she declares the conflict, and it leaves her pages.
    try (Browser second = new Browser("review-second-reviewer")) {
      second.signIn("natalia.rusu@colloquium.example", DemoUsers.PASSWORD);
      second.open(DESK);
      assertBlind(second);
      List<WebElement> rows = second.driver().findElements(By.cssSelector("#bids tbody tr"));
      int first = -1;
      for (int i = 0; i < rows.size() && first < 0; i++) {
        if (rows.get(i).getText().startsWith("#1 ")) {
          first = i;
        }
      }
      assertTrue(first >= 0, "#1 on her bidding list: " + second.text());
      new Select(second.find(By.id("bids:rows:" + first + ":bid"))).selectByValue("CONFLICT");
      second.activateByKeyboard(By.id("bids:save"));
      second.waitForText("One bid saved.");
      assertTrue(
          second.driver().findElements(By.cssSelector("#bids tbody tr")).stream()
              .noneMatch(tr -> tr.getText().startsWith("#1 ")),
          "#1 is still listed: " + second.text());
      second.check("review-second-conflicted");
      second.open(DESK + "/submissions/1");
      assertEquals("Page not found", second.heading(), "#1 is out of her reach");
    }

    try (Browser organiser = new Browser("review-assignment")) {
      organiser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      organiser.open(SETUP + "/assignment");
      organiser.check("review-assignment");
      organiser.activateByKeyboard(By.id("run:start"));
      organiser.waitForText("being computed");
      for (int i = 0; i < 60 && !organiser.text().contains("Computed."); i++) {
        sleep();
        organiser.open(SETUP + "/assignment");
      }
      assertTrue(organiser.text().contains("Computed."), organiser.text());
      organiser.check("review-assignment-preview");
      organiser.activateByKeyboard(By.id("run:commit"));
      organiser.waitForText("assignments made");
      organiser.check("review-assignment-committed");
      switchTo(organiser, 1, "Reviewing");
    }

    try (Browser chair = new Browser("review-chair")) {
      chair.signIn("radu.vasilescu@colloquium.example", DemoUsers.PASSWORD);
      chair.open(DESK);
      chair.activateByKeyboard(By.id("chair-tracks"));
      chair.waitForPath(DESK + "/tracks");
      assertEquals("Your tracks", chair.heading());
      assertTrue(chair.text().contains("Energy and economy"), chair.text());
      chair.check("review-chair-tracks");
    }

    try (Browser reviewer = new Browser("review-sheet")) {
      reviewer.signIn(DemoUsers.REVIEWER.email(), DemoUsers.PASSWORD);
      reviewer.open(DESK + "/submissions/1");
      assertBlind(reviewer);
      reviewer.check("review-sheet");
      List<WebElement> scales =
          reviewer
              .driver()
              .findElements(By.cssSelector("#review input[type=radio][id$=':answer:0']"));
      assertFalse(scales.isEmpty(), "scales on the form");
      reviewer.activateByKeyboard(By.id("review:submit"));
      reviewer.waitForText("they are marked below");
      reviewer.check("review-sheet-incomplete");
      // A draft first: what is typed is kept, and the page comes back with it.
      for (WebElement area : reviewer.driver().findElements(By.cssSelector("#review textarea"))) {
        area.clear();
        area.sendKeys("Ciornă: argumentul e clar.");
      }
      reviewer.activateByKeyboard(By.id("review:draft"));
      reviewer.waitForText("Your draft is saved.");
      reviewer.open(DESK + "/submissions/1");
      assertTrue(
          reviewer.driver().findElements(By.cssSelector("#review textarea")).stream()
              .allMatch(a -> a.getAttribute("value").equals("Ciornă: argumentul e clar.")),
          "the draft is kept");
      reviewer.check("review-draft-saved");
      for (WebElement first :
          reviewer
              .driver()
              .findElements(By.cssSelector("#review input[type=radio][id$=':answer:0']"))) {
        first.sendKeys(Keys.SPACE);
      }
      for (WebElement area : reviewer.driver().findElements(By.cssSelector("#review textarea"))) {
        area.clear();
        area.sendKeys("Argument clar; sursele ar trebui discutate mai pe larg.");
      }
      reviewer.activateByKeyboard(By.id("review:submit"));
      reviewer.waitForText("Your review is submitted");
      reviewer.check("review-submitted");
    }

    try (Browser organiser = new Browser("review-discussion-open")) {
      organiser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      switchTo(organiser, 2, "Discussion");
    }

    try (Browser reviewer = new Browser("review-discussion")) {
      reviewer.signIn(DemoUsers.REVIEWER.email(), DemoUsers.PASSWORD);
      reviewer.open(DESK + "/submissions/1");
      WebElement comment = reviewer.find(By.id("discussion:comment"));
      comment.sendKeys("@Ioana Rădulescu-Stănescu, the sources need a second reader — добре.");
      reviewer.activateByKeyboard(By.id("discussion:post"));
      reviewer.waitForText("Your comment is added.");
      assertTrue(
          reviewer.find(By.id("comments")).getText().contains("the sources need a second reader"),
          reviewer.text());
      assertBlind(reviewer);
      reviewer.check("review-discussion");
    }

    try (Browser organiser = new Browser("review-decisions")) {
      organiser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      switchTo(organiser, 3, "Decision");
      organiser.activateByKeyboard(By.linkText("Decisions"));
      organiser.waitForPath(SETUP + "/decisions");
      organiser.check("review-decisions");
      organiser.activateByKeyboard(By.cssSelector("#row-1 a[aria-label='Decide #1']"));
      organiser.waitForText("Decision on #1");
      organiser.check("review-decide-form");
      organiser.find(By.id("decide:outcome:0")).sendKeys(Keys.SPACE);
      organiser.activateByKeyboard(By.id("decide:save"));
      organiser.waitForText("decision on #1 is saved");
      organiser.check("review-decided");
      switchTo(organiser, 4, "Notification");
      organiser.open(SETUP + "/decisions");
      organiser.activateByKeyboard(By.id("to-notifications"));
      organiser.waitForPath(SETUP + "/notifications");
      organiser.find(By.cssSelector("#mail-0 summary")).sendKeys(Keys.ENTER);
      organiser.check("review-notifications");
      organiser.activateByKeyboard(By.id("send:send"));
      organiser.waitForText("are on their way");
      organiser.check("review-notified");
    }

    try (Browser author = new Browser("review-author")) {
      author.signIn(DemoUsers.AUTHOR.email(), DemoUsers.PASSWORD);
      author.activateByKeyboard(By.cssSelector(".language-switch button[lang=ro]"));
      author.find(By.cssSelector("html[lang=ro]"));
      author.open("/my/submissions");
      String mine =
          author.driver().findElements(By.cssSelector("tbody tr")).stream()
              .filter(
                  tr ->
                      !tr.findElements(By.cssSelector("a[href$='/events/" + SLUG + "']")).isEmpty()
                          && tr.findElements(By.tagName("td")).get(1).getText().equals("#1"))
              .findFirst()
              .orElseThrow()
              .findElement(By.cssSelector("a[href*='/my/submissions/']"))
              .getAttribute("href");
      author.open(mine.substring(mine.indexOf("/my/submissions/")));
      author.waitForText("Acceptată");
      assertTrue(author.find(By.id("decision")).getText().contains("Evaluarea 1"), author.text());
      author.check("review-author-decision");
      author.activateByKeyboard(By.cssSelector(".language-switch button[lang=en]"));
      author.find(By.cssSelector("html[lang=en]"));
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
