package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Forgotten password: a mailed single-use link, a new password, sign-in with it. */
class PasswordResetIT extends DeployedApplication {

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  @Test
  void forgottenPasswordIsReplacedThroughTheMailedLink() throws Exception {
    WebClient browser = new WebClient();
    String email = Accounts.freshEmail("forgetful");
    Accounts.signUpExpectingMail(browser, "Ана Петренко", email, "first password 2026");
    browser.get(Mails.link(Mails.awaitOne(catcher.server(), email), "token="));
    WebClient owner = new WebClient();
    DemoUsers.signIn(owner, email, "first password 2026");
    String token = ApiTokenIT.newToken(owner, "script", "first password 2026");
    assertEquals(200, ApiTokenIT.get("/api/v1/events", "Bearer " + token).statusCode());

    Page asked =
        browser.submit(
            browser.get("/forgot-password"), "forgotPassword", Map.of("email", email), "submit");
    assertTrue(asked.text().contains("a link to choose a new password is on its way"));

    var mails = Mails.awaitFor(catcher.server(), email, 2, Duration.ofSeconds(20));
    var resetMail = mails.get(1);
    assertEquals("Choose a new password for Colloquium", Mails.subject(resetMail));
    String link = Mails.link(resetMail, "/reset-password?token=");

    Page form = browser.get(link);
    Page mismatch =
        browser.submit(
            form, "reset", Map.of("password", "second password 2026", "repeat", "other"), "submit");
    assertTrue(mismatch.fieldError("reset:repeat").contains("not the same"));
    Page weak =
        browser.submit(
            mismatch,
            "reset",
            Map.of("password", "password123", "repeat", "password123"),
            "submit");
    assertTrue(weak.fieldError("reset:password").contains("too common"));

    Page done =
        browser.submit(
            weak,
            "reset",
            Map.of("password", "second password 2026", "repeat", "second password 2026"),
            "submit");
    assertEquals("/sign-in", done.path());
    assertTrue(done.infos().get(0).contains("new password is saved"));

    Page old =
        browser.submit(
            browser.get("/sign-in"),
            "signIn",
            Map.of("email", email, "password", "first password 2026"),
            "submit");
    assertEquals("/sign-in", old.path(), "the old password no longer works");
    assertEquals(
        401,
        ApiTokenIT.get("/api/v1/events", "Bearer " + token).statusCode(),
        "the reset revoked the API token made with the old password");
    DemoUsers.signIn(browser, email, "second password 2026");

    assertTrue(browser.get(link).text().contains("already been used"), "the link is single-use");
    var changed = Mails.awaitFor(catcher.server(), email, 3, Duration.ofSeconds(20)).get(2);
    assertEquals("Your password on Colloquium was changed", Mails.subject(changed));
  }

  @Test
  void unknownAddressGetsTheSameAnswerAndNoMail() {
    WebClient browser = new WebClient();
    String nobody = Accounts.freshEmail("nobody");
    Page asked =
        browser.submit(
            browser.get("/forgot-password"), "forgotPassword", Map.of("email", nobody), "submit");
    assertTrue(asked.text().contains("If an account exists for this address"));
    Mails.sleep(2000);
    assertEquals(0, Mails.to(catcher.server(), nobody).size());
  }

  @Test
  void aForgedLinkIsRefusedWithAWayForward() {
    Page page = new WebClient().get("/reset-password?token=forged-token");
    assertEquals(200, page.status());
    assertTrue(page.text().contains("This link is not valid."));
    assertTrue(page.document().select("a[href=/forgot-password]").size() > 0);
  }
}
