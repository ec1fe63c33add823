package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquium.kernel.access.Admits;
import org.colloquium.kernel.access.Audience;
import org.colloquium.kernel.access.Route;
import org.colloquium.submissions.demo.DemoSubmissions;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Deployments;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.colloquium.web.routing.Routes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every page of the route table as an anonymous visitor, an author, a reviewer, an organiser
 * and an administrator, and checks who gets the page, who is sent to sign in and who gets 403. The
 * table is the one the server builds: the platform's routes and every module's route set. A new
 * route is covered automatically; what its rule claims ({@link Admits}) decides what is expected.
 */
class PermissionIT extends DeployedApplication {

  enum Visitor {
    ANONYMOUS(Audience.ANONYMOUS),
    AUTHOR(Audience.SIGNED_IN),
    REVIEWER(Audience.REVIEWER),
    ORGANISER(Audience.ORGANISER),
    ADMINISTRATOR(Audience.ADMINISTRATOR);

    final Audience audience;

    Visitor(Audience audience) {
      this.audience = audience;
    }
  }

  enum Outcome {
    PAGE,
    SIGN_IN,
    FORBIDDEN,
    NOT_FOUND
  }

  /**
   * Values for route parameters: the demo conference, which the demo organiser organises, its
   * organiser's logo and its programme ({session} "new": the form of a new session), a site-wide
   * news item and one of the conference's, and submission number 1 (for routes with {number} the
   * slug is the annual conference's, whose #1 has a PDF; the demo organiser organises both).
   */
  private static final Map<String, String> PARAMETERS =
      Map.of(
          "slug",
          "20-months-after",
          "logo",
          "0",
          "fileName",
          "programme.pdf",
          "item",
          "welcome",
          "entry",
          "international-conference-20-months-after",
          "number",
          "1",
          "session",
          "new",
          "version",
          "1",
          "token",
          "a-token-that-admits-nobody-0000000000000000");

  /** The event whose submission {number} names: its demo submission #1 has a PDF. */
  private static final String SUBMISSIONS_EVENT = "annual-conference-iii";

  private static String submissionId;
  private static String contributionId;
  private static String registrationId;

  private static final Map<Visitor, WebClient> clients = new EnumMap<>(Visitor.class);

  @BeforeAll
  static void signIn() {
    clients.put(Visitor.ANONYMOUS, new WebClient());
    clients.put(Visitor.AUTHOR, DemoUsers.AUTHOR.signedIn());
    clients.put(Visitor.REVIEWER, DemoUsers.REVIEWER.signedIn());
    clients.put(Visitor.ORGANISER, DemoUsers.ORGANISER.signedIn());
    clients.put(Visitor.ADMINISTRATOR, DemoUsers.ADMINISTRATOR.signedIn());
  }

  /**
   * A route's address with the demo values. {submission} (an author's page of one submission) is
   * the id of the demo author's first submission, read from their list, since ids come from a
   * sequence.
   */
  static String pathOf(Route route) {
    Map<String, String> values = new HashMap<>(PARAMETERS);
    if (route.parameterNames().contains("number")) {
      values.put("slug", SUBMISSIONS_EVENT);
    }
    if (route.parameterNames().contains("submission")) {
      values.put("submission", authorsSubmission());
    }
    if (route.parameterNames().contains("contribution")) {
      values.put("contribution", publishedContribution());
    }
    // A certificate's code that no certificate has; a registration of the demo's past event.
    values.put("code", "0000-0000-0000-0000");
    if (route.parameterNames().contains("id")) {
      values.put("id", pastRegistration());
    }
    // A public session page needs a published session; the organisers' form takes "new".
    if (route.parameterNames().contains("session") && route.pattern().startsWith("/events/")) {
      values.put("session", publishedSession());
    }
    return route.expand(values);
  }

  /** A session of the demo conference's published programme, read from its public page. */
  private static String publishedSession() {
    Page programme = new WebClient().get("/events/" + PARAMETERS.get("slug") + "/programme");
    Matcher link =
        Pattern.compile("/programme/sessions/(\\d+)")
            .matcher(
                programme.document().select("a[href*=/programme/sessions/]").first().attr("href"));
    assertTrue(link.find(), programme.text());
    return link.group(1);
  }

  /** A registration in person of the demo's past conference, read from the organisers' list. */
  private static String pastRegistration() {
    if (registrationId == null) {
      Page list =
          clients
              .get(Visitor.ORGANISER)
              .get("/manage/events/" + PARAMETERS.get("slug") + "/registrations");
      Matcher link =
          Pattern.compile("/registrations/(\\d+)/badge\\.pdf")
              .matcher(list.document().select("a.badge-link").first().attr("href"));
      assertTrue(link.find(), list.text());
      registrationId = link.group(1);
    }
    return registrationId;
  }

  /** A contribution of the demo conference's published programme, read from its public page. */
  private static String publishedContribution() {
    if (contributionId == null) {
      Page programme = new WebClient().get("/events/" + PARAMETERS.get("slug") + "/programme");
      Matcher link =
          Pattern.compile("/programme/contributions/(\\d+)")
              .matcher(
                  programme
                      .document()
                      .select("a[href*=/programme/contributions/]")
                      .first()
                      .attr("href"));
      assertTrue(link.find(), programme.text());
      contributionId = link.group(1);
    }
    return contributionId;
  }

  /**
   * The demo author's submission #1 to the annual conference: handed in (organisers see it) and
   * with a PDF (its file route answers).
   */
  private static String authorsSubmission() {
    if (submissionId == null) {
      Page mine = clients.get(Visitor.AUTHOR).get("/my/submissions");
      org.jsoup.nodes.Element row =
          mine.document().select("tbody tr").stream()
              .filter(
                  tr ->
                      tr.selectFirst("a[href$=/events/" + SUBMISSIONS_EVENT + "]") != null
                          && tr.select("td")
                              .get(1)
                              .text()
                              .equals("#" + DemoSubmissions.AUTHORS_SUBMISSION_WITH_PDF))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("no #1 on the demo author's list: " + mine.text()));
      Matcher link =
          Pattern.compile("/my/submissions/(\\d+)")
              .matcher(row.selectFirst("a[href*=/my/submissions/]").attr("href"));
      assertTrue(link.find());
      submissionId = link.group(1);
    }
    return submissionId;
  }

  static Outcome expected(Route route, Visitor visitor) {
    Outcome outcome = expectedByRule(route, visitor);
    // A submission exists for its authors and its event's organisers (and administrators) only.
    if (route.parameterNames().contains("submission")
        && outcome == Outcome.PAGE
        && visitor == Visitor.REVIEWER) {
      return Outcome.NOT_FOUND;
    }
    // A personal link's token is the key (in the path, or ?token= for a registration's manage
    // link), as a certificate's code is: one that admits nobody, or none, opens nothing, for
    // anyone.
    if ((route.parameterNames().contains("token")
            || route.parameterNames().contains("code")
            || route.pattern().equals("/registration"))
        && outcome == Outcome.PAGE) {
      return Outcome.NOT_FOUND;
    }
    // A review exists for the reviewer it is assigned to only; the demo reviewer has none of #1.
    if (route.pattern().startsWith("/review/events/{slug}/submissions/")
        && outcome == Outcome.PAGE) {
      return Outcome.NOT_FOUND;
    }
    return outcome;
  }

  static Outcome expectedByRule(Route route, Visitor visitor) {
    Admits admits = route.rule().getAnnotation(Admits.class);
    assertTrue(admits != null, route.rule().getName() + " does not say whom it admits");
    if (List.of(admits.value()).contains(visitor.audience)) {
      return Outcome.PAGE;
    }
    return visitor == Visitor.ANONYMOUS ? Outcome.SIGN_IN : Outcome.FORBIDDEN;
  }

  @Test
  void everyPageAnswersEveryKindOfVisitorAsItsRuleSays() {
    List<String> wrong = new ArrayList<>();
    for (Route route : Routes.TABLE.routes()) {
      String path = pathOf(route);
      for (Visitor visitor : Visitor.values()) {
        Outcome want = expected(route, visitor);
        Page page = clients.get(visitor).getWithoutRedirect(path);
        Outcome got = outcome(page);
        // A final PDF exists once the authors of the accepted #1 attach one (ReviewsIT does,
        // in whatever order the classes run): before that its address answers 404.
        boolean noFinalPdfYet =
            route.pattern().endsWith("/final-file")
                && want == Outcome.PAGE
                && got == Outcome.NOT_FOUND;
        // A release's PDFs are made in the background after start-up (ProgrammeIT waits for them
        // and reads them); until then their addresses answer 404.
        boolean noReleasePdfYet =
            route.pattern().startsWith("/events/{slug}/")
                && route.pattern().endsWith(".pdf")
                && want == Outcome.PAGE
                && got == Outcome.NOT_FOUND;
        if (got != want && !noFinalPdfYet && !noReleasePdfYet) {
          wrong.add(
              path
                  + " as "
                  + visitor
                  + ": expected "
                  + want
                  + ", got "
                  + page.status()
                  + " "
                  + page.headers().firstValue("Location").orElse(""));
        }
        boolean html = page.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        if (got == Outcome.PAGE
            && (page.body().contains("Caused by") || (html && page.heading().isEmpty()))) {
          wrong.add(path + " as " + visitor + " shows an exception");
        }
      }
    }
    assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
  }

  @Test
  void anonymousVisitorsComeBackToThePageTheyAskedForAfterSigningIn() {
    WebClient browser = new WebClient();
    Page signIn = browser.get("/manage/events/20-months-after");
    assertEquals("/sign-in?next=%2Fmanage%2Fevents%2F20-months-after", signIn.path());
    Page back =
        browser.submit(
            signIn,
            "signIn",
            Map.of("email", DemoUsers.ORGANISER.email(), "password", DemoUsers.PASSWORD),
            "submit");
    assertEquals("/manage/events/20-months-after", back.path());
    assertTrue(back.text().contains("Committee"));
  }

  @Test
  void signInNeverRedirectsToAnotherSite() {
    WebClient browser = new WebClient();
    Page signIn = browser.get("/sign-in?next=https://evil.example/");
    Page landed =
        browser.submit(
            signIn,
            "signIn",
            Map.of("email", DemoUsers.AUTHOR.email(), "password", DemoUsers.PASSWORD),
            "submit");
    assertEquals(Deployments.baseUrl() + "/", landed.uri().toString());
  }

  @Test
  void endpointsAnswerAsDocumented() {
    for (Visitor visitor : Visitor.values()) {
      WebClient client = clients.get(visitor);
      assertEquals(200, client.getWithoutRedirect("/health").status());
      assertEquals(405, client.getWithoutRedirect("/sign-out").status(), "sign-out is POST only");
      assertEquals(405, client.getWithoutRedirect("/language").status(), "language is POST only");
      assertEquals(404, client.getWithoutRedirect("/no/such/page").status());
      assertEquals(404, client.getWithoutRedirect("/WEB-INF/views/admin/outbox.xhtml").status());
      assertEquals(404, client.getWithoutRedirect("/events/no-such-event").status());
    }
  }

  @Test
  void anOrganiserOfOneEventCannotManageOrSeeAnotherOnesDraft() {
    // The demo draft of the IVth edition has no organiser yet: only administrators manage it.
    String draft = "annual-conference-iv";
    assertEquals(
        403, clients.get(Visitor.ORGANISER).getWithoutRedirect("/manage/events/" + draft).status());
    assertEquals(
        200,
        clients.get(Visitor.ADMINISTRATOR).getWithoutRedirect("/manage/events/" + draft).status());
    for (Visitor visitor :
        List.of(Visitor.ANONYMOUS, Visitor.AUTHOR, Visitor.REVIEWER, Visitor.ORGANISER)) {
      assertEquals(
          404,
          clients.get(visitor).getWithoutRedirect("/events/" + draft).status(),
          () -> "a draft does not exist for " + visitor);
    }
    Page asAdministrator =
        clients.get(Visitor.ADMINISTRATOR).getWithoutRedirect("/events/" + draft);
    assertEquals(200, asAdministrator.status());
    assertTrue(asAdministrator.text().contains("only organisers can see this page"));
    assertTrue(
        clients.get(Visitor.ANONYMOUS).get("/").text().contains("IIIrd Annual Conference")
            && !clients.get(Visitor.ANONYMOUS).get("/").text().contains("IVth Annual Conference"),
        "drafts are not listed");
  }

  @Test
  void managementOfAnUnknownEventIsNotRevealed() {
    assertEquals(
        403,
        clients.get(Visitor.ORGANISER).getWithoutRedirect("/manage/events/no-such-event").status());
    assertEquals(
        403,
        clients.get(Visitor.AUTHOR).getWithoutRedirect("/manage/events/no-such-event").status());
  }

  private static Outcome outcome(Page page) {
    if (page.status() == 200) {
      return Outcome.PAGE;
    }
    if (page.status() == 302
        && page.headers().firstValue("Location").orElse("").contains("/sign-in?next=")) {
      return Outcome.SIGN_IN;
    }
    if (page.status() == 403) {
      return Outcome.FORBIDDEN;
    }
    if (page.status() == 404) {
      return Outcome.NOT_FOUND;
    }
    return null;
  }
}
