package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Deployments;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sign-up, confirmation by mail, sign-in and sign-out, over HTTP against the deployed EAR. */
class AccountJourneyIT extends DeployedApplication {

  private static final String PASSWORD = "violet tundra lantern 7";
  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  @Test
  void newUserSignsUpConfirmsByMailAndSignsIn() {
    WebClient browser = new WebClient();
    String email = Accounts.freshEmail("stefan");
    Accounts.signUpExpectingMail(browser, "Ștefan Кузнецов", email, PASSWORD);

    MimeMessage confirmation = Mails.awaitOne(catcher.server(), email);
    assertEquals("Confirm your email address for Colloquium", Mails.subject(confirmation));
    assertTrue(
        Mails.body(confirmation).contains("Dear Ștefan Кузнецов,"), Mails.body(confirmation));
    String link = Mails.link(confirmation, "/confirm-email?token=");
    assertTrue(link.startsWith(Deployments.baseUrl()), link);

    Page confirmed = browser.get(link);
    assertTrue(confirmed.text().contains("your email address is confirmed"), confirmed.text());
    Page again = browser.get(link);
    assertTrue(again.text().contains("already been used"), again.text());

    String sessionBefore = browser.cookie("JSESSIONID");
    Page my = DemoUsers.signIn(browser, email, PASSWORD);
    assertEquals("Welcome, Ștefan Кузнецов", my.heading());
    assertNotEquals(sessionBefore, browser.cookie("JSESSIONID"), "session id renewed at sign-in");

    Page out = browser.post("/sign-out", Map.of());
    assertEquals("/", out.path());
    assertEquals("/sign-in?next=%2Fmy", browser.get("/my").path());
  }

  @Test
  void signInBeforeConfirmingExplainsAndResendsTheLink() {
    WebClient browser = new WebClient();
    String email = Accounts.freshEmail("unconfirmed");
    Accounts.signUpExpectingMail(browser, "Ioana Pop", email, PASSWORD);
    Mails.awaitOne(catcher.server(), email);

    Page refused =
        browser.submit(
            browser.get("/sign-in"),
            "signIn",
            Map.of("email", email, "password", PASSWORD),
            "submit");
    assertEquals("/sign-in", refused.path());
    assertTrue(refused.errors().get(0).startsWith("Please confirm your email address first"));

    Page resent = browser.submit(refused, "signIn", Map.of("email", email), "resend");
    assertTrue(resent.infos().get(0).contains("new confirmation link"), resent.infos().toString());
    var mails = Mails.awaitFor(catcher.server(), email, 2, Duration.ofSeconds(20));
    String first = Mails.link(mails.get(0), "token=");
    String second = Mails.link(mails.get(1), "token=");
    assertTrue(
        browser.get(first).text().contains("A newer link was sent"),
        "the older link was withdrawn");
    assertTrue(browser.get(second).text().contains("is confirmed"));
  }

  @Test
  void badInputIsExplainedNextToEachFieldAndNothingTypedIsLost() {
    WebClient browser = new WebClient();
    Page page =
        browser.submit(
            browser.get("/sign-up"),
            "signUp",
            Map.of(
                "fullName", "Олена Коваленко",
                "email", "not-an-address",
                "password", "short",
                "orcid", "0000-0002-1825-0098",
                "affiliation", "Universitatea din București"),
            "submit");

    assertEquals("/sign-up", page.path());
    assertTrue(page.fieldError("signUp:email").contains("not a valid email address"));
    assertTrue(page.fieldError("signUp:password").contains("at least 10 characters"));
    assertTrue(page.fieldError("signUp:orcid").contains("not a valid ORCID iD"));
    assertTrue(page.fieldMarkedInvalid("signUp:email"));
    assertEquals("Олена Коваленко", page.fieldValue("signUp:fullName"));
    assertEquals("Universitatea din București", page.fieldValue("signUp:affiliation"));
    assertEquals("not-an-address", page.fieldValue("signUp:email"));
    assertEquals("", page.fieldValue("signUp:password"), "passwords are never sent back");
  }

  @Test
  void signingUpWithATakenAddressCreatesNoAccountButTellsTheOwner() {
    WebClient stranger = new WebClient();
    Page landed =
        Accounts.signUp(
            stranger, "Someone Else", DemoUsers.ATTENDEE.email(), "another password 42");
    assertEquals("/sign-up/check-your-mail", landed.path(), "same answer as a new address");
    MimeMessage notice = Mails.awaitOne(catcher.server(), DemoUsers.ATTENDEE.email());
    assertTrue(Mails.subject(notice).contains("tried to sign up"), Mails.subject(notice));
    DemoUsers.ATTENDEE.signedIn(); // the demo password still works: nothing was changed
  }

  @Test
  void repeatedWrongPasswordsPauseSignInForThatAccount() {
    WebClient browser = new WebClient();
    String email = Accounts.freshEmail("throttled");
    Accounts.signUpExpectingMail(browser, "Mihai Ionescu", email, PASSWORD);
    browser.get(Mails.link(Mails.awaitOne(catcher.server(), email), "token="));

    Page page = browser.get("/sign-in");
    for (int i = 0; i < 5; i++) {
      page =
          browser.submit(
              page, "signIn", Map.of("email", email, "password", "wrong password " + i), "submit");
      assertEquals("/sign-in", page.path());
    }
    Page blocked =
        browser.submit(page, "signIn", Map.of("email", email, "password", PASSWORD), "submit");
    assertEquals("/sign-in", blocked.path(), "even the right password waits out the pause");
    assertTrue(
        blocked.errors().get(0).startsWith("Too many failed attempts"),
        blocked.errors().toString());
  }

  @Test
  void profileChangesAreValidatedAndSaved() {
    WebClient browser = new WebClient();
    String email = Accounts.freshEmail("profile");
    Accounts.signUpExpectingMail(browser, "Radu Vasile", email, PASSWORD);
    browser.get(Mails.link(Mails.awaitOne(catcher.server(), email), "token="));
    DemoUsers.signIn(browser, email, PASSWORD);

    Page profile = browser.get("/my/profile");
    Page invalid =
        browser.submit(profile, "profile", Map.of("fullName", "", "orcid", "1234"), "submit");
    assertTrue(invalid.fieldError("profile:fullName").contains("enter your name"));
    assertTrue(invalid.fieldError("profile:orcid").contains("not a valid ORCID iD"));

    Page saved =
        browser.submit(
            invalid,
            "profile",
            Map.of(
                "fullName", "Radu Vasile-Țurcanu",
                "orcid", "https://orcid.org/0000-0002-1825-0097",
                "affiliation", "Universitatea din București",
                "language", "RO"),
            "submit");
    assertTrue(saved.infos().contains("Profilul a fost salvat."), saved.infos().toString());
    assertEquals("0000-0002-1825-0097", saved.fieldValue("profile:orcid"), "stored normalised");
    Page my = browser.get("/my");
    assertEquals("ro", my.document().selectFirst("html").attr("lang"));
    assertTrue(my.text().contains("Radu Vasile-Țurcanu"));
  }

  @Test
  void changingThePasswordSignsOutEveryOtherSessionAndRevokesTheApiTokens() throws Exception {
    WebClient laptop = new WebClient();
    String email = Accounts.freshEmail("two-devices");
    Accounts.signUpExpectingMail(laptop, "Elena Dumitrescu", email, PASSWORD);
    laptop.get(Mails.link(Mails.awaitOne(catcher.server(), email), "token="));
    DemoUsers.signIn(laptop, email, PASSWORD);
    WebClient phone = new WebClient();
    DemoUsers.signIn(phone, email, PASSWORD);
    String token = ApiTokenIT.newToken(laptop, "script on the laptop", PASSWORD);
    assertEquals(200, ApiTokenIT.get("/api/v1/events", "Bearer " + token).statusCode());

    Page changed =
        laptop.submit(
            laptop.get("/my/password"),
            "password",
            Map.of(
                "currentPassword", PASSWORD,
                "newPassword", "glacier monsoon 2027",
                "repeat", "glacier monsoon 2027"),
            "submit");
    assertEquals("/my/password", changed.path());
    assertTrue(
        changed.infos().contains("Your password has been changed."), changed.infos().toString());

    assertEquals("/my", laptop.get("/my").path(), "the session that changed it stays signed in");
    assertEquals("/sign-in?next=%2Fmy", phone.get("/my").path(), "the other one is signed out");
    assertEquals(
        401,
        ApiTokenIT.get("/api/v1/events", "Bearer " + token).statusCode(),
        "the password change revoked the API token");
    assertFalse(
        laptop.get("/my/profile").text().contains("script on the laptop"),
        "a revoked token leaves the list");
  }

  @Test
  void aBurstOfParallelGuessesGetsNoMoreTriesThanOneAtATime() throws Exception {
    WebClient owner = new WebClient();
    String email = Accounts.freshEmail("burst");
    Accounts.signUpExpectingMail(owner, "Victor Popa", email, PASSWORD);
    owner.get(Mails.link(Mails.awaitOne(catcher.server(), email), "token="));

    int guesses = 12;
    List<WebClient> attackers = new ArrayList<>();
    List<Page> forms = new ArrayList<>();
    for (int i = 0; i < guesses; i++) {
      // Twelve sessions from one address: the account-and-client pair counts them together.
      WebClient attacker = WebClient.from("203.0.113.12");
      attackers.add(attacker);
      forms.add(attacker.get("/sign-in"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(guesses);
    List<Future<Page>> answers = new ArrayList<>();
    for (int i = 0; i < guesses; i++) {
      int n = i;
      answers.add(
          pool.submit(
              () ->
                  attackers
                      .get(n)
                      .submit(
                          forms.get(n),
                          "signIn",
                          Map.of("email", email, "password", "guess number " + n),
                          "submit")));
    }
    int checked = 0;
    int paused = 0;
    for (Future<Page> answer : answers) {
      List<String> errors = answer.get(60, TimeUnit.SECONDS).errors();
      if (errors.contains("The email address or the password is not correct.")) {
        checked++;
      } else if (errors.stream().anyMatch(e -> e.startsWith("Too many failed attempts"))) {
        paused++;
      }
    }
    pool.shutdown();
    assertEquals(5, checked, "only the allowance of five guesses is ever checked");
    assertEquals(guesses - 5, paused);
  }
}
