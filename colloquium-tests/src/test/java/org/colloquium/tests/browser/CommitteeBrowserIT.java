package org.colloquium.tests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An organiser invites a reviewer from the committee page; the reviewer opens the mailed link,
 * signs in from the invitation page and accepts. Every page is checked with axe.
 */
class CommitteeBrowserIT extends DeployedApplication {

  private static final String PASSWORD = "copper meadow signal 19";
  private static final String COMMITTEE = "/manage/events/20-months-after/committee";

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  @Test
  void organiserInvitesAReviewerWhoAccepts() {
    String email = Accounts.freshEmail("browser-reviewer");
    // The invitee already has a confirmed account (signing up is the newcomer journey's subject).
    WebClient signUp = new WebClient();
    Accounts.signUpExpectingMail(signUp, "Oleksandr Ковальчук-Țurcanu", email, PASSWORD);
    signUp.get(Mails.link(Mails.awaitOne(catcher.server(), email), "/confirm-email?token="));

    try (Browser organiser = new Browser("committee-organiser")) {
      organiser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      organiser.open("/manage/events/20-months-after");
      organiser.activateByKeyboard(By.linkText("Committee"));
      organiser.waitForPath(COMMITTEE);
      assertEquals("Committee", organiser.heading());
      organiser.check("committee");

      // Passes the browser's own check of type=email, not the server's (no dot in the domain).
      organiser.type("invite:email", "reviewer@university");
      new Select(organiser.find(By.id("invite:role"))).selectByValue("REVIEWER");
      organiser.type("invite:message", "Dragă coleg, vă rugăm să evaluați lucrările.");
      organiser.pressEnterIn("invite:email");
      organiser.find(By.id("invite:email-error"));
      assertTrue(organiser.text().contains("not a valid email address"), organiser.text());
      organiser.check("invite-invalid-email");

      organiser.type("invite:email", email);
      organiser.pressEnterIn("invite:email");
      organiser.find(By.cssSelector(".page-messages .message-info"));
      assertTrue(organiser.text().contains("is on its way"), organiser.text());
      organiser.check("invited");
    }

    MimeMessage invitation =
        Mails.awaitFor(catcher.server(), email, 2, Duration.ofSeconds(20)).get(1);
    String link = Mails.link(invitation, "/invitation?token=");

    try (Browser invitee = new Browser("committee-invitee")) {
      invitee.open(link);
      assertEquals("Invitation to a committee", invitee.heading());
      assertTrue(invitee.text().contains(email), invitee.text());
      invitee.check("invitation-anonymous");
      invitee.activateByKeyboard(By.linkText("Sign in to accept"));
      invitee.find(By.id("signIn:email"));
      invitee.type("signIn:email", email);
      invitee.type("signIn:password", PASSWORD);
      invitee.pressEnterIn("signIn:password");
      invitee.find(By.id("accept:submit"));
      assertTrue(invitee.path().startsWith("/invitation?token="), invitee.path());
      invitee.check("invitation-signed-in");
      invitee.activateByKeyboard(By.id("accept:submit"));
      invitee.waitForPath("/my");
      assertTrue(invitee.text().contains("Invitation accepted"), invitee.text());
      invitee.check("accepted");

      invitee.open(link);
      assertTrue(invitee.text().contains("You have accepted this invitation"), invitee.text());
      invitee.open("/invitation?token=forged");
      assertTrue(invitee.text().contains("not valid"), invitee.text());
      invitee.check("invitation-unknown");
    }

    try (Browser organiser = new Browser("committee-listed")) {
      organiser.signIn(DemoUsers.ORGANISER.email(), DemoUsers.PASSWORD);
      organiser.open(COMMITTEE);
      assertTrue(organiser.text().contains("Oleksandr Ковальчук-Țurcanu"), organiser.text());
      organiser.check("committee-with-new-reviewer");
    }
  }
}
