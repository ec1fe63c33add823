package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.QrCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Registration for the demo's annual conference, which opens with one place left in person: a
 * visitor reads the places on the event page; one person registers online, another takes the last
 * place in person, a third waits; the organiser reads the settings and the list and cancels the
 * second, and the third accepts the place offered; the door scans a ticket by camera; the organiser
 * then approves a moderated registration; after the past conference certificates are issued and
 * sent, and an attendee downloads theirs and checks it; the organisers read and add questions of
 * the registration form. By keyboard, with axe and the HTML checker on every page.
 */
class RegistrationJourneyBrowserIT extends DeployedApplication {

  private static final String EVENT = "/events/annual-conference-iii";
  private static final String REGISTER = EVENT + "/register";

  private static void register(Browser browser, String radioId, String check) {
    browser.open(EVENT);
    browser.activateByKeyboard(By.cssSelector(".registration-summary a[href$='/register']"));
    browser.waitForPath(REGISTER);
    browser.check(check);
    browser.find(By.id(radioId)).sendKeys(Keys.SPACE);
    browser.activateByKeyboard(By.id("attendance:register"));
    browser.find(By.cssSelector(".page-messages .message-info"));
  }

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  @Test
  void placesAreTakenWaitedForAndHandedOn() throws java.io.IOException {
    String ticket;
    try (Browser visitor = new Browser("registration-visitor")) {
      visitor.open(EVENT);
      assertTrue(visitor.text().contains("1 place left in person"), visitor.text());
      assertFalse(
          visitor.driver().getPageSource().contains("youtube.com"),
          "the stream link is never on the public page");
      visitor.check("event-with-places");
    }
    // Without an account: the address is confirmed by mail, then the link manages it.
    String guest = Accounts.freshEmail("journey-guest");
    try (Browser visitor = new Browser("registration-guest")) {
      visitor.open(REGISTER);
      visitor.type("attendance:email", guest);
      visitor.type("attendance:fullName", "Олена Guest-Țurcanu");
      visitor.find(By.id("attendance:mode:1")).sendKeys(Keys.SPACE);
      visitor.check("register-without-account");
      visitor.activateByKeyboard(By.id("attendance:register"));
      visitor.find(By.cssSelector(".page-messages .message-info"));
      assertTrue(visitor.text().contains("a link is on its way to " + guest), visitor.text());
      visitor.open(
          Mails.link(
              Mails.awaitFor(catcher.server(), guest, 1, Duration.ofSeconds(30)).get(0),
              "/confirm?token="));
      assertTrue(visitor.text().contains("your registration is made"), visitor.text());
      visitor.check("guest-confirmed");
      visitor.activateByKeyboard(By.id("manage"));
      visitor.find(By.id("join"));
      assertTrue(visitor.text().contains("Confirmed · Online"), visitor.text());
      visitor.check("guest-registration");
    }
    try (Browser online = new Browser("registration-online")) {
      online.signIn(DemoUsers.REVIEWER.email(), DemoUsers.PASSWORD);
      register(online, "attendance:mode:1", "register-form");
      assertTrue(online.text().contains("Confirmed · Online"), online.text());
      online.check("registered-online");
      online.open("/my");
      assertTrue(online.text().contains("Your registrations"), online.text());
      online.find(By.cssSelector("#registrations a.join-link"));
      online.check("my-area-with-registration");
    }
    try (Browser last = new Browser("registration-last-place")) {
      last.signIn(DemoUsers.ATTENDEE.email(), DemoUsers.PASSWORD);
      register(last, "attendance:mode:0", "register-last-place");
      assertTrue(last.text().contains("Confirmed · In person"), last.text());
    }
    try (Browser waiting = new Browser("registration-waiting")) {
      waiting.signIn(DemoUsers.AUTHOR.email(), DemoUsers.PASSWORD);
      register(waiting, "attendance:mode:0", "register-full");
      assertTrue(waiting.text().contains("On the waiting list"), waiting.text());
      assertTrue(waiting.text().contains("Nobody is ahead of you"), waiting.text());
      waiting.check("registered-waiting");
    }
    try (Browser organiser = new Browser("registration-organiser")) {
      organiser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      organiser.open("/manage/events/annual-conference-iii");
      organiser.activateByKeyboard(By.cssSelector(".area-nav a[href$='/registrations']"));
      organiser.waitForPath("/manage/events/annual-conference-iii/registrations");
      organiser.check("registrations");
      organiser.type("list:reason", "Duplicate registration.");
      organiser.activateByKeyboard(By.cssSelector("button[title='Cancel: Mihai Ștefănescu']"));
      organiser.find(By.cssSelector(".page-messages .message-info"));
      assertTrue(
          organiser.text().contains("The registration of Mihai Ștefănescu is cancelled."),
          organiser.text());
      organiser.check("registrations-after-cancel");
      organiser.activateByKeyboard(By.linkText("Registration settings"));
      organiser.waitForPath("/manage/events/annual-conference-iii/registration");
      organiser.check("registration-settings");
      organiser.type("setup:inPersonCapacity", "1");
      organiser.activateByKeyboard(By.id("setup:save"));
      organiser.find(By.id("setup:inPersonCapacity-error"));
      assertTrue(organiser.text().contains("places are already taken"), organiser.text());
      organiser.check("registration-settings-with-error");
      // The organisers' own questions: the demo's, a preview, one more added by keyboard.
      organiser.activateByKeyboard(By.id("to-form"));
      organiser.waitForPath("/manage/events/annual-conference-iii/registration/form");
      assertTrue(organiser.text().contains("Workshops you will attend"), organiser.text());
      organiser.check("registration-form");
      organiser.type("add:labelEn", "Poster printing");
      organiser.type("add:labelRo", "Tipărirea posterului");
      organiser.activateByKeyboard(By.id("add:addQuestion"));
      organiser.find(By.cssSelector(".page-messages .message-info"));
      assertTrue(organiser.text().contains("Short text · Poster printing"), organiser.text());
      organiser.check("registration-form-added");
    }
    try (Browser waiting = new Browser("registration-offer")) {
      waiting.signIn(DemoUsers.AUTHOR.email(), DemoUsers.PASSWORD);
      waiting.open(REGISTER);
      assertTrue(waiting.text().contains("A place is offered to you"), waiting.text());
      waiting.check("offer");
      waiting.activateByKeyboard(By.id("offer:accept"));
      waiting.find(By.cssSelector(".page-messages .message-info"));
      assertTrue(waiting.text().contains("Confirmed · In person"), waiting.text());
      waiting.check("offer-accepted");
      ticket = QrCodes.read(waiting.find(By.cssSelector("#ticket svg")).getAttribute("outerHTML"));
    }
    // The door's phone films the ticket: Chromium's camera plays a video of its QR code.
    Path camera =
        FakeCamera.filming(
            ticket,
            Path.of(
                System.getProperty("colloquium.it.directory", "target"), "camera", "ticket.y4m"));
    try (Browser door = new Browser("registration-door", camera)) {
      door.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      door.open("/manage/events/annual-conference-iii/registrations");
      door.activateByKeyboard(By.linkText("Check-in at the door"));
      door.waitForPath("/manage/events/annual-conference-iii/check-in");
      door.check("check-in");
      door.activateByKeyboard(By.id("camera-start"));
      // The ticket is signed with this run's key, so its pattern differs from run to run: the
      // reader before zxing-cpp could not read about one in ten, and this journey then waited in
      // vain
      // (DoorCameraBrowserIT keeps three such codes).
      door.waitForCamera("Checked in", Duration.ofSeconds(30));
      door.check("checked-in");
      // The same ticket again, from a handheld scanner that types into the focused field: the
      // page says when it came in.
      door.find(By.id("scan:code")).sendKeys(ticket + Keys.ENTER);
      door.waitForText("Already checked in at");
      door.open("/manage/events/annual-conference-iii/registrations/mail");
      door.type("mail:subjectEn", "Programme for tomorrow");
      door.type("mail:bodyEn", "The sessions start at 9:30 in the Aula Magna.");
      door.activateByKeyboard(By.id("mail:preview"));
      door.find(By.id("mail-count"));
      door.check("mail-preview");
    }
    // From now on the organisers approve who takes part: a registration waits, then is approved.
    try (Browser organiser = new Browser("registration-moderation")) {
      organiser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      organiser.open("/manage/events/annual-conference-iii/registration");
      organiser.find(By.id("setup:moderation:1")).sendKeys(Keys.SPACE);
      organiser.activateByKeyboard(By.id("setup:save"));
      organiser.waitForText("The registration settings are saved.");
    }
    try (Browser pending = new Browser("registration-pending")) {
      pending.signIn(DemoUsers.ADMINISTRATOR.email(), DemoUsers.PASSWORD);
      register(pending, "attendance:mode:1", "register-moderated");
      assertTrue(pending.text().contains("Waiting for approval"), pending.text());
    }
    try (Browser organiser = new Browser("registration-approval")) {
      organiser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      organiser.open("/manage/events/annual-conference-iii/registrations");
      organiser.activateByKeyboard(By.cssSelector("button[title='Approve: Adriana Ionescu']"));
      organiser.waitForText("Approved: Adriana Ionescu is confirmed.");
      organiser.check("registrations-approved");
      // The list as a spreadsheet: the link the organisers follow, read back.
      String csv = organiser.find(By.cssSelector("a[type='text/csv']")).getAttribute("href");
      assertTrue(csv.contains("/registrations.csv"), csv);
      organiser.activateByKeyboard(By.linkText("Adriana Ionescu"));
      organiser.waitForText("History");
      assertTrue(organiser.text().contains("an organiser"), organiser.text());
      organiser.check("registrant");
    }
    // After the past conference: certificates for those who came, sent, downloaded and checked.
    try (Browser organiser = new Browser("registration-certificates")) {
      organiser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      organiser.open("/manage/events/20-months-after/registrations");
      organiser.activateByKeyboard(By.linkText("Certificates"));
      organiser.waitForPath("/manage/events/20-months-after/certificates");
      organiser.check("certificates");
      organiser.type("certificates:hours", "16");
      organiser.activateByKeyboard(By.id("certificates:issue"));
      organiser.waitForText("Certificates issued now:");
      organiser.activateByKeyboard(By.id("certificates:send"));
      organiser.waitForText("Certificates sent by mail:");
      organiser.check("certificates-sent");
    }
    String mailed =
        Mails.link(
            Mails.awaitFor(
                    catcher.server(), "elena.dumitrescu@unibuc.example", 1, Duration.ofSeconds(30))
                .get(0),
            "/certificates/");
    try (Browser attendee = new Browser("registration-certificate")) {
      attendee.signIn(DemoUsers.ATTENDEE.email(), DemoUsers.PASSWORD);
      attendee.open("/my");
      attendee.find(By.cssSelector("#certificates a.certificate-pdf"));
      attendee.check("my-area-with-certificate");
      attendee.activateByKeyboard(By.linkText("Verification page"));
      attendee.waitForText("This certificate is genuine");
      assertTrue(attendee.text().contains("Mihai Ștefănescu"), attendee.text());
      attendee.check("certificate-check");
      // Whoever the mailed link is shown to checks it too.
      attendee.open(mailed.substring(mailed.indexOf("/certificates/")));
      assertTrue(attendee.text().contains("Elena Dumitrescu"), attendee.text());
    }
  }
}
