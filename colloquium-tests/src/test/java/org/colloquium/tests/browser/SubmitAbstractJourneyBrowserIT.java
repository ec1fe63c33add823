package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.TestPdfs;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An author signs up from the call page, comes back to the form, fills it with two co-authors and a
 * PDF, saves a draft, gets back text the browser kept, submits, receives the mail, edits, and
 * withdraws a second submission after confirming (by keyboard); a co-author then sees the first
 * one, read-only. Axe on every page state; screenshots under target/screenshots.
 */
class SubmitAbstractJourneyBrowserIT extends DeployedApplication {

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  private static final String PASSWORD = "amber quokka harbour 9";
  private static final String FORM = "/events/annual-conference-iii/submit";

  /** The confirmation link of the sign-up mail (a co-author may have had other mail first). */
  private static String confirmationLink(String email) {
    for (int count = 1; count < 5; count++) {
      var confirmation =
          Mails.awaitFor(catcher.server(), email, count, Duration.ofSeconds(20)).stream()
              .filter(m -> Mails.subject(m).startsWith("Confirm"))
              .findFirst();
      if (confirmation.isPresent()) {
        return Mails.link(confirmation.get(), "/confirm-email?token=");
      }
    }
    throw new AssertionError("no confirmation mail to " + email);
  }

  private static void waitForPathStart(Browser browser, String start) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> browser.path().startsWith(start));
  }

  @Test
  void anAuthorSignsUpOnTheWaySubmitsEditsWithdrawsAndACoAuthorSeesIt() throws IOException {
    String email = Accounts.freshEmail("journey");
    String coAuthor = Accounts.freshEmail("journey-co");
    Path pdf = Files.createTempFile("paper", ".pdf");
    Files.write(pdf, TestPdfs.onePage("Narratives of the war", null, false));

    try (Browser browser = new Browser("submit-abstract")) {
      browser.open("/events/annual-conference-iii/cfp");
      browser.activateByKeyboard(By.id("submit-abstract"));
      browser.waitForPath("/sign-in?next=%2Fevents%2Fannual-conference-iii%2Fsubmit");
      browser.check("sign-in-on-the-way");

      browser.activateByKeyboard(By.cssSelector("main a[href^='/sign-up?next=']"));
      waitForPathStart(browser, "/sign-up?next=");
      browser.type("signUp:fullName", "Ana Călătoare");
      browser.type("signUp:email", email);
      browser.type("signUp:password", PASSWORD);
      new Select(browser.find(By.id("signUp:country"))).selectByValue("RO");
      browser.pressEnterIn("signUp:password");
      browser.waitForPath("/sign-up/check-your-mail");

      browser.open(confirmationLink(email));
      browser.activateByKeyboard(By.id("continue"));
      waitForPathStart(browser, "/sign-in?next=");
      browser.type("signIn:email", email);
      browser.type("signIn:password", PASSWORD);
      browser.pressEnterIn("signIn:password");
      browser.waitForPath(FORM);
      assertEquals("Submit an abstract", browser.heading());
      browser.check("form-blank");

      // Two co-authors: two more rows.
      browser.find(By.id("submission:addAuthor")).click();
      browser.find(By.id("submission:authors:1:name"));
      browser.find(By.id("submission:addAuthor")).click();
      browser.find(By.id("submission:authors:2:name"));
      browser.type("submission:title", "Narratives of the war in Romanian media");
      browser.type("submission:abstract", "Propaganda **shapes** memory - and media shape it too");
      assertEquals("8 / 300 words", browser.find(By.id("submission:word-count")).getText());
      browser.type("submission:keywords", "propaganda; memory, media");
      browser.type("submission:authors:1:name", "Mihai Coautor");
      browser.type("submission:authors:1:email", coAuthor);
      browser.type("submission:authors:2:name", "Olena Третя");
      browser.type("submission:authors:2:email", Accounts.freshEmail("journey-third"));
      browser.find(By.id("submission:file")).sendKeys(pdf.toString());
      browser.check("form-filled");
      browser.find(By.id("submission:saveDraft")).click();
      waitForPathStart(browser, "/my/submissions/");
      String edit = browser.path().replace("?done=draft", "");
      assertTrue(edit.endsWith("/edit"), edit);
      String detail = edit.substring(0, edit.length() - "/edit".length());
      assertTrue(browser.text().contains("saved"), browser.text());
      assertTrue(browser.text().contains("paper"), "the file is listed");
      browser.check("draft-saved");

      // Typed but not saved: the browser keeps it and offers it back.
      browser.type("submission:title", "Narratives of the war, unsaved title");
      Mails.sleep(1000); // the script saves the typed text after a short pause
      browser.open(edit);
      browser.find(By.id("restore-typed"));
      browser.check("restore-offered");
      browser.activateByKeyboard(By.id("restore-typed-button"));
      assertEquals(
          "Narratives of the war, unsaved title",
          browser.find(By.id("submission:title")).getAttribute("value"));

      browser.find(By.id("submission:submit")).click();
      waitForPathStart(browser, detail + "?done=received");
      assertTrue(
          browser.text().contains("a confirmation mail is on its way to " + email), browser.text());
      browser.check("submitted");
      MimeMessage received =
          Mails.awaitFor(catcher.server(), email, 2, Duration.ofSeconds(30)).stream()
              .filter(m -> Mails.subject(m).startsWith("Submission #"))
              .findFirst()
              .orElseThrow();
      assertTrue(Mails.link(received, "/my/submissions/").endsWith(detail));

      // Edit after submitting.
      browser.activateByKeyboard(By.id("edit"));
      browser.waitForPath(edit);
      browser.type("submission:keywords", "propaganda; memory; media; Romania");
      browser.find(By.id("submission:saveDraft")).click();
      waitForPathStart(browser, detail + "?done=saved");
      assertTrue(browser.text().contains("Romania"), browser.text());
      browser.check("edited");

      // A second submission, withdrawn by keyboard after confirming.
      browser.open(FORM);
      browser.type("submission:title", "A second thought");
      browser.pressEnterIn("submission:title");
      waitForPathStart(browser, "/my/submissions/");
      String second = browser.path().replace("/edit?done=draft", "");
      browser.open(second);
      browser.activateByKeyboard(By.id("actions:withdraw"));
      browser.find(By.id("confirm-heading"));
      browser.check("withdraw-confirmation");
      browser.find(By.id("actions:confirmWithdraw")).sendKeys(Keys.SPACE);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(d -> browser.text().contains("is withdrawn"));
      assertEquals("Withdrawn", browser.find(By.id("state")).getText());
      browser.check("withdrawn");

      browser.open("/my/submissions");
      browser.check("my-submissions");

      // The co-author: an account with the address named (made without the browser), signed in.
      WebClient client = new WebClient();
      Accounts.signUpExpectingMail(client, "Mihai Coautor", coAuthor, PASSWORD);
      client.get(confirmationLink(coAuthor));
      browser.find(By.cssSelector("form[action$='/sign-out'] button")).click();
      // Signed out only once the answer came back: a page asked for while the sign-out is on its
      // way may render with the session being ended under it.
      browser.waitForPath("/");
      browser.signIn(coAuthor, PASSWORD);
      browser.activateByKeyboard(By.linkText("My submissions"));
      browser.waitForPath("/my/submissions");
      assertTrue(browser.text().contains("Narratives of the war"), browser.text());
      browser.activateByKeyboard(By.partialLinkText("Narratives of the war"));
      browser.waitForPath(detail);
      assertTrue(browser.find(By.id("read-only-reason")).getText().contains("co-author"));
      browser.check("co-author-reads");
    } finally {
      Files.deleteIfExists(pdf);
    }
  }
}
