package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Deployments;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Committees over HTTP against the deployed EAR: inviting by mail, accepting after signing up,
 * withdrawing and resending, bad input, and who may (not) manage a committee.
 */
class CommitteeIT extends DeployedApplication {

  private static final String DEMO = "20-months-after";
  private static final String DRAFT = "annual-conference-iv";
  private static final String PASSWORD = "amber glacier violin 42";

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  private static String committeePage(String slug) {
    return "/manage/events/" + slug + "/committee";
  }

  private static Page invite(WebClient organiser, String slug, String email, String role) {
    return organiser.submit(
        organiser.get(committeePage(slug)),
        "invite",
        Map.of("email", email, "role", role, "message", "Bună ziua! Будь ласка, приєднуйтесь."),
        "submit");
  }

  /** Presses a button of the invitation row for this address. */
  private static Page pressOnInvitation(WebClient organiser, Page page, String email, String what) {
    Element row = row(page, "invitations", email);
    Element button = row.selectFirst("button[id$=:" + what + "]");
    assertNotNull(button, () -> "no " + what + " button for " + email + ": " + row.text());
    String id = button.attr("name").substring("invitations:".length());
    return organiser.submit(page, "invitations", Map.of(), id);
  }

  private static Element row(Page page, String formId, String text) {
    return page.document().select("#" + formId + " tbody tr").stream()
        .filter(tr -> tr.text().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + text + " in " + page.text()));
  }

  /** Signs up with this address, confirms it through the mail, and signs in. */
  private static WebClient newAccount(String fullName, String email) {
    WebClient browser = new WebClient();
    Accounts.signUpExpectingMail(browser, fullName, email, PASSWORD);
    MimeMessage confirmation =
        Mails.to(catcher.server(), email).stream()
            .filter(m -> Mails.subject(m).startsWith("Confirm"))
            .findFirst()
            .orElseGet(
                () ->
                    Mails.awaitFor(catcher.server(), email, 2, Duration.ofSeconds(20)).stream()
                        .filter(m -> Mails.subject(m).startsWith("Confirm"))
                        .findFirst()
                        .orElseThrow());
    browser.get(Mails.link(confirmation, "/confirm-email?token="));
    return browser;
  }

  private static String invitationLink(String email, int count) {
    List<MimeMessage> mails =
        Mails.awaitFor(catcher.server(), email, count, Duration.ofSeconds(20));
    MimeMessage last = mails.get(count - 1);
    assertTrue(Mails.subject(last).startsWith("Invitation to join the committee of"));
    return Mails.link(last, "/invitation?token=");
  }

  @Test
  void anInvitedReviewerSignsUpAcceptsAndIsListedThenRemoved() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String email = Accounts.freshEmail("reviewer");

    Page before = organiser.get(committeePage(DEMO));
    assertEquals(200, before.status());
    assertEquals("Committee", before.heading());
    assertTrue(
        before.text().contains("kateryna.bondarenko@colloquium.example"),
        "the demo data hold a pending invitation");

    Page invited = invite(organiser, DEMO, email, "REVIEWER");
    assertEquals(committeePage(DEMO), invited.path(), "post-redirect-get");
    assertTrue(invited.infos().toString().contains("is on its way"), invited.infos().toString());
    assertTrue(row(invited, "invitations", email).text().contains("Waiting for an answer"));

    MimeMessage mail = Mails.awaitOne(catcher.server(), email);
    String body = Mails.body(mail);
    assertTrue(body.contains("Ioana Rădulescu-Stănescu invites you to be a reviewer"), body);
    assertTrue(body.contains("Будь ласка, приєднуйтесь"), body);
    String link = Mails.link(mail, "/invitation?token=");
    assertTrue(link.startsWith(Deployments.baseUrl() + "/invitation?token="), link);

    // Anonymous: sees what it is for and to whom it was sent, and is offered sign-in or sign-up.
    WebClient invitee = new WebClient();
    Page anonymous = invitee.get(link);
    assertEquals(200, anonymous.status());
    assertTrue(anonymous.text().contains("20 Months After"), anonymous.text());
    assertTrue(anonymous.text().contains(email), anonymous.text());
    assertTrue(anonymous.text().contains("Reviewer"), anonymous.text());
    assertTrue(anonymous.document().select("form#accept").isEmpty(), "no accept without sign-in");
    Element signIn = anonymous.document().selectFirst("a:containsOwn(Sign in to accept)");
    assertNotNull(signIn);
    assertTrue(signIn.attr("href").startsWith("/sign-in?next=%2Finvitation%3Ftoken%3D"));

    // Signs up with the invited address, confirms it, signs in through the invitation's link.
    WebClient account = newAccount("Mirela Ștefănescu-Кравченко", email);
    Page signInForm = account.get(signIn.attr("href"));
    Page back =
        account.submit(
            signInForm, "signIn", Map.of("email", email, "password", PASSWORD), "submit");
    assertTrue(back.path().startsWith("/invitation?token="), back.path());
    assertTrue(back.text().contains("You accept as Mirela Ștefănescu-Кравченко"), back.text());

    Page accepted = account.submit(back, "accept", Map.of(), "submit");
    assertEquals("/my", accepted.path());
    assertTrue(
        accepted.infos().toString().contains("Invitation accepted. Your role in 20 Months After"),
        accepted.infos().toString());

    Page again = account.get(link);
    assertTrue(again.text().contains("You have accepted this invitation"), again.text());
    assertTrue(again.document().select("form#accept").isEmpty());
    Page someoneElse = DemoUsers.AUTHOR.signedIn().get(link);
    assertTrue(someoneElse.text().contains("already been accepted"), someoneElse.text());

    Page listed = organiser.get(committeePage(DEMO));
    Element member = row(listed, "members", email);
    assertTrue(member.text().contains("Mirela Ștefănescu-Кравченко"), member.text());
    assertTrue(member.text().contains("Reviewer"), member.text());
    assertTrue(row(listed, "invitations", email).text().contains("Accepted"));

    // A reviewer is not an organiser: the committee page stays closed to them.
    assertEquals(403, account.getWithoutRedirect(committeePage(DEMO)).status());

    Element remove = member.selectFirst("button[id$=:remove]");
    Page removed =
        organiser.submit(
            listed, "members", Map.of(), remove.attr("name").substring("members:".length()));
    assertTrue(removed.infos().toString().contains("role was removed"), removed.infos().toString());
    assertFalse(
        removed.document().select("#members tbody").text().contains(email), "no longer a member");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static MimeMessage confirmationMail(String email) {
    return Mails.awaitFor(catcher.server(), email, 2, Duration.ofSeconds(20)).stream()
        .filter(m -> Mails.subject(m).startsWith("Confirm"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no confirmation mail to " + email));
  }

  @Test
  void anInviteeWithoutAnAccountSignsUpAndTheConfirmationBringsThemBackToAccept() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String email = Accounts.freshEmail("newcomer");
    invite(organiser, DEMO, email, "REVIEWER");
    String link = invitationLink(email, 1);
    String invitationPath = link.substring(Deployments.baseUrl().length());
    assertTrue(invitationPath.startsWith("/invitation?token="), invitationPath);
    String next = "?next=" + encode(invitationPath);

    WebClient invitee = new WebClient();
    Page invitation = invitee.get(link);
    assertFalse(invitation.text().contains("open the link in the invitation mail again"));
    assertTrue(invitation.text().contains("brings you back here to accept"), invitation.text());
    Element create = invitation.document().selectFirst("main a:containsOwn(Create an account)");
    assertNotNull(create, invitation.text());
    assertEquals("/sign-up" + next, create.attr("href"));
    // Through "Sign in to accept" and then "Sign up" the way back is kept as well.
    Element signIn = invitation.document().selectFirst("a:containsOwn(Sign in to accept)");
    Page signInPage = invitee.get(signIn.attr("href"));
    assertFalse(
        signInPage.document().select("main a").stream()
            .noneMatch(a -> a.attr("href").equals("/sign-up" + next)),
        signInPage.body());

    Page form = invitee.get(create.attr("href"));
    assertEquals(200, form.status());
    assertFalse(
        form.document().select("main a").stream()
            .noneMatch(a -> a.attr("href").equals("/sign-in" + next)),
        "an invitee who finds they have an account signs in and still comes back");
    Page landed =
        invitee.submit(
            form,
            "signUp",
            Map.of(
                "fullName",
                "Anca Țăranu-Зайцева",
                "email",
                email,
                "password",
                PASSWORD,
                "country",
                "RO"),
            "submit");
    assertEquals("/sign-up/check-your-mail", landed.path(), () -> landed.errors().toString());

    String confirmLink = Mails.link(confirmationMail(email), "/confirm-email?token=");
    assertTrue(confirmLink.endsWith("&next=" + encode(invitationPath)), confirmLink);

    Page confirmed = invitee.get(confirmLink);
    assertTrue(confirmed.text().contains("your email address is confirmed"), confirmed.text());
    Element proceed = confirmed.document().getElementById("continue");
    assertNotNull(proceed, confirmed.body());
    assertEquals("Continue", proceed.text());
    assertEquals("/sign-in" + next, proceed.attr("href"));

    Page signInForm = invitee.get(proceed.attr("href"));
    Page back =
        invitee.submit(
            signInForm, "signIn", Map.of("email", email, "password", PASSWORD), "submit");
    assertEquals(invitationPath, back.path());
    assertTrue(back.text().contains("You accept as Anca Țăranu-Зайцева"), back.text());

    Page accepted = invitee.submit(back, "accept", Map.of(), "submit");
    assertEquals("/my", accepted.path());
    assertTrue(
        accepted.infos().toString().contains("Invitation accepted. Your role in 20 Months After"),
        accepted.infos().toString());
    Element member = row(organiser.get(committeePage(DEMO)), "members", email);
    assertTrue(member.text().contains("Anca Țăranu-Зайцева"), member.text());
    assertTrue(member.text().contains("Reviewer"), member.text());

    // Opened again while signed in (the link is used up by now), it continues straight there.
    Page reopened = invitee.get(confirmLink);
    assertTrue(reopened.text().contains("already been used"), reopened.text());
    assertEquals(invitationPath, reopened.document().getElementById("continue").attr("href"));
  }

  @Test
  void aNextOffThisSiteIsDroppedFromSignUpToConfirmation() {
    String email = Accounts.freshEmail("evil-next");
    String evil = encode("https://evil.example/");
    WebClient visitor = new WebClient();
    Page form = visitor.get("/sign-up?next=" + evil);
    assertEquals(200, form.status());
    assertTrue(form.document().select("a[href*=evil]").isEmpty(), form.body());
    Page landed =
        visitor.submit(
            form,
            "signUp",
            Map.of("fullName", "Evil Next", "email", email, "password", PASSWORD, "country", "RO"),
            "submit");
    assertEquals("/sign-up/check-your-mail", landed.path(), () -> landed.errors().toString());

    String confirmLink = Mails.link(Mails.awaitOne(catcher.server(), email), "/confirm-email");
    assertFalse(confirmLink.contains("next="), confirmLink);
    assertFalse(confirmLink.contains("evil"), confirmLink);

    // Even when someone adds it to the link by hand.
    for (String forged : List.of(evil, encode("//evil.example/x"), encode("/\\evil.example"))) {
      Page confirmed = visitor.get(confirmLink + "&next=" + forged);
      assertEquals(200, confirmed.status());
      assertTrue(confirmed.text().contains("confirmed"), confirmed.text());
      assertNull(confirmed.document().getElementById("continue"), confirmed.body());
      assertTrue(confirmed.document().select("a[href*=evil]").isEmpty(), confirmed.body());
    }
  }

  @Test
  void resendingKillsTheOldLinkAndWithdrawingKillsTheNewOne() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String email = Accounts.freshEmail("chair");
    invite(organiser, DEMO, email, "TRACK_CHAIR");
    String first = invitationLink(email, 1);

    Page resent = pressOnInvitation(organiser, organiser.get(committeePage(DEMO)), email, "resend");
    assertTrue(resent.infos().toString().contains("sent again"), resent.infos().toString());
    String second = invitationLink(email, 2);
    assertNotEquals(first, second);

    WebClient invitee = DemoUsers.ATTENDEE.signedIn();
    Page old = invitee.get(first);
    assertEquals(200, old.status());
    assertTrue(old.text().contains("This invitation link is not valid"), old.text());
    assertTrue(old.document().select("form#accept").isEmpty());
    Page current = invitee.get(second);
    assertTrue(current.text().contains("Track chair"), current.text());
    assertFalse(current.document().select("form#accept").isEmpty(), "the new link works");

    Page revoked =
        pressOnInvitation(organiser, organiser.get(committeePage(DEMO)), email, "revoke");
    assertTrue(revoked.infos().toString().contains("withdrawn"), revoked.infos().toString());
    assertTrue(row(revoked, "invitations", email).text().contains("Withdrawn"));

    Page refused = invitee.get(second);
    assertTrue(refused.text().contains("withdrawn by the organisers"), refused.text());
    assertTrue(refused.document().select("form#accept").isEmpty());
    // A form kept open from before the withdrawal accepts nothing either.
    Page late = invitee.submit(current, "accept", Map.of(), "submit");
    assertTrue(late.text().contains("withdrawn by the organisers"), late.text());
  }

  @Test
  void aSecondOrganiserActingOnAStaleListIsToldAndNothingIsOverwritten() {
    WebClient first = DemoUsers.ORGANISER.signedIn();
    WebClient second = DemoUsers.ADMINISTRATOR.signedIn();
    String email = Accounts.freshEmail("stale");
    invite(first, DEMO, email, "REVIEWER");
    invitationLink(email, 1);

    Page secondsView = second.get(committeePage(DEMO));
    pressOnInvitation(first, first.get(committeePage(DEMO)), email, "resend");
    String current = invitationLink(email, 2);

    Page conflict = pressOnInvitation(second, secondsView, email, "revoke");
    assertTrue(
        conflict.errors().toString().contains("Someone else changed this invitation meanwhile"),
        conflict.errors().toString());
    assertTrue(row(conflict, "invitations", email).text().contains("Waiting for an answer"));
    Page stillValid = DemoUsers.ATTENDEE.signedIn().get(current);
    assertFalse(stillValid.document().select("form#accept").isEmpty(), "not withdrawn");
  }

  @Test
  void anAddressGetsThreeInvitationMailsADayAndTheOrganiserIsToldWhatWasNotMailed() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String email = Accounts.freshEmail("flooded");
    invite(organiser, DEMO, email, "REVIEWER");
    pressOnInvitation(organiser, organiser.get(committeePage(DEMO)), email, "resend");
    pressOnInvitation(organiser, organiser.get(committeePage(DEMO)), email, "resend");
    Mails.awaitFor(catcher.server(), email, 3, Duration.ofSeconds(20));
    String third = invitationLink(email, 3);

    Page notMailed =
        pressOnInvitation(organiser, organiser.get(committeePage(DEMO)), email, "resend");
    assertTrue(
        notMailed
            .errors()
            .toString()
            .contains(
                "The invitation to "
                    + email
                    + " was saved but not mailed: the daily limit of invitation mails was"
                    + " reached (200 per organiser, 3 per address). Send it again tomorrow."),
        notMailed.errors().toString());
    assertTrue(
        row(notMailed, "invitations", email).text().contains("not mailed"),
        row(notMailed, "invitations", email).text());
    Page again = invite(organiser, DEMO, email, "REVIEWER");
    assertTrue(
        again.errors().toString().contains("was saved but not mailed"), again.errors()::toString);

    Mails.sleep(3000);
    assertEquals(3, Mails.to(catcher.server(), email).size(), "nothing more was queued");
    Page stillValid = DemoUsers.ATTENDEE.signedIn().get(third);
    assertFalse(
        stillValid.document().select("form#accept").isEmpty(),
        "the link mailed last still works: " + stillValid.text());
  }

  /**
   * Needs the application's database from outside the server, which only PostgreSQL allows (the H2
   * file is locked by the server); on H2 the expiry rule is covered by InvitationTest.
   */
  @Test
  void anExpiredInvitationSaysSoAndCanBeSentAgain() throws java.sql.SQLException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        "postgresql".equals(System.getProperty("colloquium.it.database")),
        "needs -Ppostgresql to reach the database");
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String email = Accounts.freshEmail("late");
    invite(organiser, DEMO, email, "REVIEWER");
    String link = invitationLink(email, 1);
    try (java.sql.Connection db =
            java.sql.DriverManager.getConnection(
                System.getProperty("colloquium.it.db.url"),
                System.getProperty("colloquium.it.db.user"),
                System.getProperty("colloquium.it.db.password"));
        java.sql.PreparedStatement expire =
            db.prepareStatement(
                "update event_invitation set created_at = created_at - interval '15 days',"
                    + " sent_at = sent_at - interval '15 days',"
                    + " expires_at = expires_at - interval '15 days' where email = ?")) {
      expire.setString(1, email);
      assertEquals(1, expire.executeUpdate());
    }

    WebClient invitee = DemoUsers.ATTENDEE.signedIn();
    Page expired = invitee.get(link);
    assertTrue(expired.text().contains("This invitation has expired"), expired.text());
    assertTrue(expired.document().select("form#accept").isEmpty());

    Page listed = organiser.get(committeePage(DEMO));
    assertTrue(row(listed, "invitations", email).text().contains("Expired"));
    pressOnInvitation(organiser, listed, email, "resend");
    Page fresh = invitee.get(invitationLink(email, 2));
    assertFalse(fresh.document().select("form#accept").isEmpty(), "sent again, it works again");
  }

  @Test
  void badInputIsExplainedNextToTheFieldAndKept() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page page = organiser.get(committeePage(DEMO));
    Page refused =
        organiser.submit(
            page,
            "invite",
            Map.of("email", "not an address", "role", "", "message", "Dragă coleg, …"),
            "submit");
    assertEquals(committeePage(DEMO), refused.path());
    assertTrue(
        refused.fieldError("invite:email").contains("not a valid email address"),
        refused.fieldError("invite:email"));
    assertTrue(refused.fieldMarkedInvalid("invite:email"));
    assertEquals("not an address", refused.fieldValue("invite:email"));
    assertEquals("Please choose a role.", refused.fieldError("invite:role"));
    assertEquals("Dragă coleg, …", refused.document().getElementById("invite:message").text());

    Page empty =
        organiser.submit(page, "invite", Map.of("email", "  ", "role", "REVIEWER"), "submit");
    assertTrue(empty.fieldError("invite:email").contains("Please enter the email address"));

    Page member =
        organiser.submit(
            organiser.get(committeePage(DEMO)),
            "invite",
            Map.of("email", DemoUsers.REVIEWER.email().toUpperCase(), "role", "REVIEWER"),
            "submit");
    assertTrue(
        member.fieldError("invite:email").contains("already has this role"),
        member.fieldError("invite:email"));
  }

  @Test
  void unknownAndMissingTokensGetAPageNotAnError() {
    WebClient visitor = new WebClient();
    for (String path : List.of("/invitation", "/invitation?token=forged", "/invitation?token=")) {
      Page page = visitor.get(path);
      assertEquals(200, page.status(), path);
      assertEquals("Invitation to a committee", page.heading());
      assertTrue(page.text().contains("This invitation link is not valid"), page.text());
      assertFalse(page.body().contains("Caused by"));
    }
    WebClient signedIn = DemoUsers.ATTENDEE.signedIn();
    Page forged = signedIn.get("/invitation?token=forged");
    assertTrue(forged.document().select("form#accept").isEmpty());
  }

  @Test
  void onlyOrganisersOfThatEventManageItsCommittee() {
    // An organiser of another event only: invited by the administrator to the draft edition.
    WebClient administrator = DemoUsers.ADMINISTRATOR.signedIn();
    String email = Accounts.freshEmail("other-organiser");
    Page invited = invite(administrator, DRAFT, email, "ORGANISER");
    assertTrue(invited.infos().toString().contains("is on its way"), invited.errors().toString());
    String link = invitationLink(email, 1);
    WebClient other = newAccount("Ion Ионов", email);
    DemoUsers.signIn(other, email, PASSWORD);
    Page accepted = other.submit(other.get(link), "accept", Map.of(), "submit");
    assertEquals("/manage/events/" + DRAFT, accepted.path(), "organisers go on to manage");

    Page own = other.get(committeePage(DRAFT));
    assertEquals(200, own.status());
    Element self = row(own, "members", email);
    assertTrue(self.text().contains("Last organiser"), self.text());
    assertTrue(self.select("button").isEmpty(), "the last organiser cannot be removed");

    // Event A's committee: neither the page nor any POST to it.
    assertEquals(403, other.getWithoutRedirect(committeePage(DEMO)).status());
    String victim = Accounts.freshEmail("victim");
    Page forgedInvite = own; // a real form of the other's own event, sent to event A's address
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    for (Element input :
        forgedInvite
            .document()
            .select("#invite input[name], #invite select[name], #invite textarea[name]")) {
      fields.put(input.attr("name"), input.val());
    }
    fields.put("invite:email", victim);
    fields.put("invite:role", "ORGANISER");
    fields.put("invite:submit", "");
    assertEquals(403, other.post(committeePage(DEMO), fields).status());
    Map<String, String> removal = new java.util.LinkedHashMap<>(fields);
    removal.put("members:rows:0:remove", "");
    assertEquals(403, other.post(committeePage(DEMO), removal).status());
    assertEquals(403, other.post("/manage/events/" + DEMO, removal).status());
    assertFalse(
        DemoUsers.ORGANISER.signedIn().get(committeePage(DEMO)).text().contains(victim),
        "nothing was invited");
    assertEquals(0, Mails.to(catcher.server(), victim).size());

    // Reviewers, authors and anonymous visitors.
    assertEquals(
        403, DemoUsers.REVIEWER.signedIn().getWithoutRedirect(committeePage(DEMO)).status());
    assertEquals(403, DemoUsers.AUTHOR.signedIn().getWithoutRedirect(committeePage(DEMO)).status());
    assertEquals(403, DemoUsers.AUTHOR.signedIn().post(committeePage(DEMO), fields).status());
    Page anonymous = new WebClient().getWithoutRedirect(committeePage(DEMO));
    assertEquals(302, anonymous.status());
    assertTrue(
        anonymous.headers().firstValue("Location").orElse("").contains("/sign-in?next="),
        anonymous.headers().toString());
    // The demo organiser organises both public events but not the draft's committee.
    assertEquals(
        403, DemoUsers.ORGANISER.signedIn().getWithoutRedirect(committeePage(DRAFT)).status());
  }
}
