package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.TestPdfs;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Point;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The programme by keyboard and by mouse: the organiser of the annual conference adds a room and a
 * session to its empty work in progress, and opens every page of the editor; on the 2023 conference
 * she drags a session onto another (a double booking) and undoes it, drops a talk from the
 * unscheduled tray, moves a talk by its form, publishes release 2 with a line added to its
 * changelog — the moved speaker gets a mail with an .ics — and runs the automatic draft; a visitor
 * reads the programme, filters it by track, stars two talks, opens a talk, a session and the
 * releases, and downloads the programme and the book of abstracts (tagged, fonts embedded, Romanian
 * and Cyrillic text found). Every page is checked with axe and the HTML checker; screenshots under
 * target/.
 */
class ProgrammeJourneyBrowserIT extends DeployedApplication {

  private static final String ANNUAL = "/manage/events/annual-conference-iii/programme";
  private static final String PAST = "/manage/events/20-months-after/programme";
  private static final String PUBLIC = "/events/20-months-after/programme";
  private static final String SANCTIONS = "Twenty months of sanctions: what worked";
  private static final String SPEAKER = DemoUsers.AUTHOR.email();
  private static final String CHANGELOG_LINE = "The sanctions talk now closes its session.";

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  @Test
  void organiserBuildsByKeyboardAndAVisitorReadsTheRelease() {
    try (Browser organiser = new Browser("programme-organiser")) {
      organiser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      organiser.open("/manage/events/annual-conference-iii");
      organiser.activateByKeyboard(By.linkText("Programme"));
      organiser.waitForPath(ANNUAL);
      assertEquals("Programme", organiser.heading());
      organiser.check("programme-editor-empty");

      organiser.activateByKeyboard(By.linkText("Rooms"));
      organiser.waitForPath(ANNUAL + "/rooms");
      organiser.check("programme-rooms");
      organiser.type("room:name", "Sala Ștefan cel Mare");
      organiser.type("room:capacity", "45");
      organiser.activateByKeyboard(By.id("room:save"));
      organiser.waitForText("Room Sala Ștefan cel Mare added.");
      organiser.check("programme-room-added");

      organiser.open(ANNUAL + "/sessions/new");
      organiser.check("programme-session-new");
      new Select(organiser.find(By.id("session:roomId")))
          .selectByVisibleText("Sala Ștefan cel Mare");
      organiser.type("session:title", "Energie și securitate");
      organiser.type("session:start", "25:00");
      organiser.type("session:end", "11:00");
      organiser.activateByKeyboard(By.id("session:save"));
      organiser.waitForText("is not a time");
      organiser.check("programme-session-refused");
      assertEquals(
          "Energie și securitate", organiser.find(By.id("session:title")).getAttribute("value"));
      organiser.type("session:start", "09:30");
      organiser.activateByKeyboard(By.id("session:save"));
      organiser.waitForHeading("Energie și securitate");
      organiser.check("programme-session-saved");

      organiser.open(ANNUAL);
      assertTrue(organiser.text().contains("Energie și securitate"), organiser.text());
      organiser.check("programme-editor-one-session");
      organiser.open(ANNUAL + "/availability");
      organiser.check("programme-availability");
      organiser.open(ANNUAL + "/draft");
      organiser.check("programme-draft");
      organiser.open(ANNUAL + "/publish");
      organiser.check("programme-publish-preview");

      // The 2023 conference: a talk moved to the end of its session by its form, then published.
      organiser.open(PAST);
      organiser.check("programme-editor-2023");

      // By drag and drop on the board: "Security and defence" dragged one room to the right lands
      // on "Energy and economy" in Sala Senatului — a blocking double booking — and Undo (by
      // keyboard) puts it back.
      showBoard(organiser);
      dragBy(organiser, boardEvent(organiser, "Security and defence"), columnWidth(organiser), 0);
      organiser.waitForText("Moved: “Security and defence”.");
      assertTrue(
          organiser.find(By.id("warning-list")).getText().contains("holds two sessions at once"),
          organiser.text());
      organiser.check("programme-board-double-booked");
      organiser.activateByKeyboard(By.id("undo:undoLast"));
      organiser.waitForText("Undone: the last change of “Security and defence”.");
      assertFalse(organiser.text().contains("holds two sessions at once"), organiser.text());
      organiser.check("programme-board-undone");

      // A talk taken out of its session by keyboard, then dropped back onto it on the board.
      organiser.activateByKeyboard(By.linkText("Energy and economy"));
      organiser.waitForHeading("Energy and economy");
      organiser.activateByKeyboard(By.cssSelector("button[title^='Take out: ']"));
      organiser.waitForText("is in no session now.");
      organiser.open(PAST);
      showBoard(organiser);
      WebElement unscheduled = organiser.find(By.cssSelector("#board-tray .board-draggable"));
      String title = unscheduled.getAttribute("data-title");
      WebElement target = boardEvent(organiser, "Energy and economy");
      dragTo(organiser, unscheduled, target);
      organiser.waitForText("Placed “" + title + "” in “Energy and economy”.");
      organiser.check("programme-board-dropped");
      organiser.activateByKeyboard(By.linkText("Twenty months of sanctions: what worked"));
      organiser.waitForHeading("Twenty months of sanctions: what worked");
      organiser.check("programme-contribution-form");
      organiser.type("contribution:position", "9");
      organiser.activateByKeyboard(By.id("contribution:save"));
      organiser.waitForText("The contribution is saved.");
      // Release 2: the generated changelog names the moved talk; the organiser adds a line.
      organiser.open(PAST + "/publish");
      organiser.check("programme-publish-2023");
      WebElement changelog = organiser.find(By.id("publish:changelog"));
      assertTrue(
          changelog.getAttribute("value").contains(SANCTIONS), changelog.getAttribute("value"));
      changelog.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n" + CHANGELOG_LINE);
      int mailsBefore = Mails.to(catcher.server(), SPEAKER).size();
      organiser.activateByKeyboard(By.id("publish:publishButton"));
      organiser.waitForText("is published.");
      organiser.check("programme-published");

      // Its speaker, moved by the release, gets one mail with a calendar entry for the new slot.
      // (Mails of earlier journeys, retried by the outbox, may arrive now too: find this one.)
      MimeMessage change =
          new WebDriverWait(organiser.driver(), Duration.ofSeconds(60))
              .until(
                  d ->
                      Mails.to(catcher.server(), SPEAKER).stream()
                          .skip(mailsBefore)
                          .filter(
                              m ->
                                  Mails.subject(m)
                                      .matches("(Programme change|Schimbare în program): .+"))
                          .findFirst()
                          .orElse(null));
      String calendar = Mails.calendarOf(change);
      assertTrue(calendar.contains("METHOD:PUBLISH"), calendar);
      assertTrue(calendar.contains("Twenty months of sanctions"), calendar);

      // The automatic draft on the work in progress: run in the background, read, discarded.
      organiser.open(PAST + "/draft");
      organiser.type("draft:seconds", "2");
      organiser.activateByKeyboard(By.id("draft:start"));
      new WebDriverWait(organiser.driver(), Duration.ofSeconds(120))
          .until(d -> organiser.text().contains("Finished"));
      assertTrue(organiser.text().contains("contributions placed"), organiser.text());
      organiser.check("programme-draft-finished");
      organiser.activateByKeyboard(By.id("status:discard"));
      organiser.waitForText("The draft is discarded.");
    }

    try (Browser visitor = new Browser("programme-visitor")) {
      visitor.open("/events/20-months-after");
      visitor.activateByKeyboard(By.linkText("Read the programme"));
      visitor.waitForPath(PUBLIC);
      visitor.check("programme-public");
      new Select(visitor.find(By.id("filter-track")))
          .selectByVisibleText("Propaganda and disinformation");
      visitor.activateByKeyboard(By.cssSelector(".programme-filters button[type=submit]"));
      visitor.waitForText("Show everything");
      assertFalse(visitor.text().contains("Twenty months of sanctions"), visitor.text());
      visitor.check("programme-public-filtered");
      visitor.open(PUBLIC);
      // Two talks starred, kept in this browser; "Only my agenda" shows just them.
      visitor.activateByKeyboard(By.cssSelector("[data-contribution] .star"));
      visitor.activateByKeyboard(By.cssSelector("[data-contribution]:nth-of-type(2) .star"));
      visitor.activateByKeyboard(By.xpath("//button[text()='Only my agenda']"));
      long shown =
          visitor.driver().findElements(By.cssSelector("[data-contribution]")).stream()
              .filter(org.openqa.selenium.WebElement::isDisplayed)
              .count();
      assertEquals(2, shown, "two starred talks");
      assertTrue(
          visitor
              .find(By.cssSelector("a.agenda-calendar"))
              .getAttribute("href")
              .matches(".*/agenda\\.ics\\?c=\\d+,\\d+"));
      visitor.check("programme-public-agenda");
      visitor.open(PUBLIC);
      visitor.activateByKeyboard(By.linkText("Twenty months of sanctions: what worked"));
      visitor.waitForHeading("Twenty months of sanctions: what worked");
      visitor.check("programme-public-contribution");
      visitor.activateByKeyboard(By.cssSelector(".facts a[href*='/programme/sessions/']"));
      visitor.waitForText("Contributions in this session");
      visitor.check("programme-public-session");
      visitor.open(PUBLIC + "/releases");
      assertTrue(visitor.text().contains(CHANGELOG_LINE), visitor.text());
      visitor.check("programme-public-releases");

      // The event page's programme and book of abstracts, made in the background for release 2.
      visitor.open("/events/20-months-after");
      String programmePdf =
          visitor.find(By.cssSelector("a[href$='/programme.pdf']")).getAttribute("href");
      String book =
          visitor.find(By.cssSelector("a[href$='/book-of-abstracts.pdf']")).getAttribute("href");
      TestPdfs.assertReadable(download(programmePdf), SANCTIONS, "Țurcanu");
      TestPdfs.assertReadable(download(book), "oil price cap", "școlarizare", "Бондар");
    }

    // Signed in, a star follows the account: starred on a laptop, it is there on a phone.
    String star = "[data-contribution] .star";
    String label;
    try (Browser laptop = new Browser("programme-agenda-laptop")) {
      laptop.signIn(DemoUsers.ATTENDEE.email(), DemoUsers.PASSWORD);
      laptop.open(PUBLIC);
      laptop.find(By.cssSelector("#programme-tools[data-synced]"));
      label = laptop.find(By.cssSelector(star)).getAttribute("aria-label");
      laptop.activateByKeyboard(By.cssSelector(star));
      WebClient account = DemoUsers.ATTENDEE.signedIn();
      new WebDriverWait(laptop.driver(), Duration.ofSeconds(15))
          .until(
              d -> !account.get("/events/20-months-after/programme/agenda").body().contains("[]"));
      laptop.check("programme-public-signed-in");
    }
    try (Browser phone = new Browser("programme-agenda-phone")) {
      phone.signIn(DemoUsers.ATTENDEE.email(), DemoUsers.PASSWORD);
      phone.open(PUBLIC);
      phone.find(By.cssSelector("#programme-tools[data-synced]"));
      WebElement first = phone.find(By.cssSelector(star));
      assertEquals(label, first.getAttribute("aria-label"));
      assertEquals("true", first.getAttribute("aria-pressed"), "starred on the laptop");
    }
  }

  /** A file the public may fetch, once the background job has made it (up to two minutes). */
  private static byte[] download(String url) {
    HttpClient http = HttpClient.newHttpClient();
    try {
      for (int attempt = 0; ; attempt++) {
        HttpResponse<byte[]> response =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 200) {
          assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
          return response.body();
        }
        assertEquals(404, response.statusCode(), "not made yet, or made");
        if (attempt == 120) {
          throw new AssertionError(url + " was not made within two minutes");
        }
        Thread.sleep(1000);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The board at the top of the window, its calendar loaded. */
  private static void showBoard(Browser browser) {
    browser.find(By.cssSelector(".fc-event"));
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('board-columns').scrollIntoView()");
  }

  private static WebElement boardEvent(Browser browser, String title) {
    return browser.find(
        By.xpath("//*[contains(@class,'fc-event')][.//strong[contains(.,'" + title + "')]]"));
  }

  /** The distance between two rooms' columns on the board. */
  private static int columnWidth(Browser browser) {
    List<WebElement> headers = browser.driver().findElements(By.cssSelector(".fc-col-header-cell"));
    return headers.get(1).getLocation().getX() - headers.get(0).getLocation().getX();
  }

  /** A pointer drag in small steps: FullCalendar starts dragging only after the pointer moves. */
  private static void dragBy(Browser browser, WebElement element, int dx, int dy) {
    Actions drag = new Actions(browser.driver()).moveToElement(element, 0, -10).clickAndHold();
    int steps = 8;
    for (int i = 0; i < steps; i++) {
      drag.pause(Duration.ofMillis(40)).moveByOffset(dx / steps, dy / steps);
    }
    drag.moveByOffset(dx % steps, dy % steps).pause(Duration.ofMillis(200)).release().perform();
  }

  private static void dragTo(Browser browser, WebElement from, WebElement to) {
    Point a = from.getLocation();
    Point b = to.getLocation();
    int fromX = a.getX() + from.getSize().getWidth() / 2;
    int fromY = a.getY() + from.getSize().getHeight() / 2;
    int toX = b.getX() + to.getSize().getWidth() / 2;
    int toY = b.getY() + to.getSize().getHeight() / 2;
    Actions drag = new Actions(browser.driver()).moveToElement(from).clickAndHold();
    int steps = 10;
    for (int i = 0; i < steps; i++) {
      drag.pause(Duration.ofMillis(40)).moveByOffset((toX - fromX) / steps, (toY - fromY) / steps);
    }
    drag.pause(Duration.ofMillis(200)).release().perform();
  }
}
