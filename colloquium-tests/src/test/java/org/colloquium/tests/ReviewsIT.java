package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquium.tests.support.Accounts;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.MySubmissions;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.SubmissionsApi;
import org.colloquium.tests.support.TestPdfs;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Peer review over HTTP against the deployed EAR, on the demo's double-blind annual conference: the
 * organiser switches to bidding, the reviewer bids (no author named anywhere), the organiser
 * computes an assignment, previews and commits it (one mail to the reviewer), switches to
 * reviewing, and the reviewer saves a draft, is refused an incomplete review with the text kept,
 * and submits. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewsIT extends DeployedApplication {

  private static final String SLUG = "annual-conference-iii";
  private static final String SETUP = "/manage/events/" + SLUG + "/reviews";
  private static final String ASSIGNMENT = SETUP + "/assignment";
  private static final String DESK = "/review/events/" + SLUG;
  private static final String DECISIONS = SETUP + "/decisions";
  private static final String NOTIFICATIONS = SETUP + "/notifications";
  private static final String TRACKS = DESK + "/tracks";

  /** The address of #1's co-author, who has no account in the demo. */
  private static final String CO_AUTHOR = "ana-maria.capatina@colloquium.example";

  /** Chairs the annual conference's energy track in the demo. */
  private static final String TRACK_CHAIR = "radu.vasilescu@colloquium.example";

  /** The demo author of the annual conference's submissions, and their affiliation. */
  private static final List<String> AUTHOR_TRACES =
      List.of("Andrei Țurcanu", "Moldova State University", "author@colloquium.example");

  /** The demo reviewer's name, as the organisers' pages list it. */
  private static final String REVIEWER_NAME = "Олена Шевченко";

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  private static WebClient organiser;
  private static WebClient reviewer;

  @BeforeAll
  static void signIn() {
    organiser = DemoUsers.ORGANISER.signedIn();
    reviewer = DemoUsers.REVIEWER.signedIn();
  }

  private static Page switchTo(String phaseLabel) {
    Page setup = organiser.get(SETUP);
    Element button =
        setup.document().select("#switch button").stream()
            .filter(b -> b.text().equals(phaseLabel))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no switch to " + phaseLabel + ": " + setup.text()));
    String id = button.attr("name").substring("switch:".length());
    Page switched = organiser.submit(setup, "switch", Map.of(), id);
    assertEquals(SETUP, switched.path());
    return switched;
  }

  private static void assertBlind(Page page) {
    for (String trace : AUTHOR_TRACES) {
      assertFalse(page.body().contains(trace), () -> page.path() + " names " + trace);
    }
  }

  @Test
  @Order(1)
  void theOrganiserSeesTheDefaultFormAndSwitchesToBidding() {
    Page setup = organiser.get(SETUP);
    assertEquals(200, setup.status());
    assertEquals("Review", setup.heading());
    assertTrue(setup.text().contains("Not started yet"), setup.text());
    assertTrue(setup.document().select("#criteria tbody tr").size() >= 5, "the default form");

    Page bidding = switchTo("Bidding");
    assertTrue(bidding.infos().toString().contains("Bidding"), bidding.infos().toString());
    assertTrue(
        bidding.document().selectFirst("#current-phase").text().contains("switched by hand"),
        bidding.text());

    Page wrong =
        organiser.submit(
            organiser.get(SETUP),
            "setup",
            Map.of("reviewsPerSubmission", "0", "maxLoad", "5"),
            "save");
    assertFalse(wrong.errors().isEmpty(), "reviews per submission out of range");
    assertTrue(wrong.errors().toString().contains("between 1 and"), wrong.errors().toString());
    Page remind =
        organiser.submit(organiser.get(SETUP), "setup", Map.of("remindDaysBefore", "31"), "save");
    assertTrue(
        remind.errors().toString().contains("between 0 (never) and 30"),
        remind.errors().toString());
    assertTrue(
        remind.text().contains("Reviews are due when the reviewing phase ends"), remind.text());

    // The form: a criterion added, refused without its Romanian label (the English one kept),
    // saved.
    Page form = organiser.get(SETUP + "/form");
    assertEquals(200, form.status());
    int rows = form.document().select("fieldset.criterion").size();
    Page added = organiser.submit(form, "criteria", Map.of(), "addScale");
    assertEquals(rows + 1, added.document().select("fieldset.criterion").size());
    String row = "rows:" + rows + ":";
    Page noRomanian =
        organiser.submit(
            added, "criteria", Map.of(row + "labelEn", "Rigour", row + "labelRo", " "), "save");
    assertTrue(
        noRomanian.errors().toString().contains("label in both languages"), noRomanian.text());
    assertEquals("Rigour", noRomanian.fieldValue("criteria:" + row + "labelEn"));
    Page savedForm =
        organiser.submit(noRomanian, "criteria", Map.of(row + "labelRo", "Rigoare"), "save");
    assertTrue(savedForm.infos().toString().contains("review form is saved"), savedForm.text());
    assertTrue(
        organiser.get(SETUP).document().selectFirst("#criteria").text().contains("Rigour"),
        "the new criterion is on the form");
  }

  @Test
  @Order(2)
  void theReviewerBidsWithoutSeeingWhoWroteWhat() {
    Page home = reviewer.get("/review");
    assertEquals(200, home.status());
    assertTrue(home.text().contains("Bidding"), home.text());

    Page desk = reviewer.get(DESK);
    assertEquals(200, desk.status());
    assertTrue(desk.document().selectFirst("#phase").text().contains("Bidding"));
    assertBlind(desk);
    Element first = desk.document().selectFirst("#bids tbody tr");
    assertNotNull(first, "submissions to bid on: " + desk.text());
    assertTrue(first.text().startsWith("#1"), first.text());

    // The list's filters: a track, words in any form of their letters.
    Page security = reviewer.get(DESK + "?track=" + trackId(desk, "Security and defence"));
    var securityRows = security.document().select("#bids tbody tr");
    assertFalse(securityRows.isEmpty(), security.text());
    assertTrue(
        securityRows.stream().allMatch(tr -> tr.text().contains("— Security and defence")),
        security.text());
    assertTrue(security.document().selectFirst("#bids-matching").text().contains("of "));
    Page words = reviewer.get(DESK + "?q=STIINTELE+razboiului");
    assertEquals(
        List.of("#3"),
        words.document().select("#bids tbody tr").stream()
            .map(tr -> tr.text().split(" ")[0])
            .toList(),
        words.text());
    Page none = reviewer.get(DESK + "?q=nothing-like-this");
    assertTrue(none.text().contains("No submission matches."), none.text());

    Page saved = reviewer.submit(desk, "bids", Map.of("rows:0:bid", "EAGER"), "save");
    assertEquals(DESK, saved.path());
    assertTrue(saved.infos().toString().contains("One bid saved"), saved.infos().toString());
    assertEquals(
        "EAGER",
        saved.document().selectFirst("#bids tbody tr select option[selected]").val(),
        "the bid is kept");
  }

  @Test
  @Order(3)
  void theOrganiserComputesPreviewsAndCommitsAnAssignment() {
    Page page = organiser.get(ASSIGNMENT);
    assertEquals(200, page.status());
    Page started = organiser.submit(page, "run", Map.of(), "start");
    assertTrue(started.infos().toString().contains("being computed"), started.text());

    Page done = started;
    long until = System.currentTimeMillis() + 60_000;
    while (!done.text().contains("Computed.") && System.currentTimeMillis() < until) {
      Mails.sleep(1000);
      done = organiser.get(ASSIGNMENT);
    }
    assertTrue(done.text().contains("Computed."), done.text());
    Element proposal = done.document().selectFirst("#proposal");
    assertNotNull(proposal);
    assertTrue(
        proposal.select("tbody tr").stream()
            .anyMatch(tr -> tr.text().startsWith("#1 ") && tr.text().contains("Eager")),
        "the eager bid is honoured: " + proposal.text());
    // one reviewer for three reviews each: every submission is short, and the page says why
    assertTrue(done.document().select("#shortfalls li").size() > 0, done.text());

    Page committed = organiser.submit(done, "run", Map.of(), "commit");
    assertTrue(committed.infos().toString().contains("assignments made"), committed.text());

    MimeMessage mail = Mails.awaitOne(catcher.server(), DemoUsers.REVIEWER.email());
    assertTrue(Mails.subject(mail).contains("assigned to you"), Mails.subject(mail));
    String body = Mails.body(mail);
    assertTrue(body.contains("#1"), body);
    for (String trace : AUTHOR_TRACES) {
      assertFalse(body.contains(trace), "the mail names " + trace);
    }
  }

  @Test
  @Order(4)
  void theReviewerWritesADraftIsRefusedAnIncompleteReviewAndSubmits() {
    switchTo("Reviewing");
    Page desk = reviewer.get(DESK);
    assertTrue(desk.document().select("#assigned tbody tr").size() > 0, desk.text());
    Page sheet = reviewer.get(DESK + "/submissions/1");
    assertEquals(200, sheet.status());
    assertBlind(sheet);
    assertTrue(sheet.text().contains("Not started"), sheet.text());

    Map<String, String> texts = new HashMap<>();
    for (Element area : sheet.document().select("#review textarea")) {
      texts.put(area.attr("name").substring("review:".length()), "Clear and well argued — bine.");
    }
    assertFalse(texts.isEmpty(), "text fields on the form");
    Page draft = reviewer.submit(sheet, "review", texts, "draft");
    assertTrue(draft.infos().toString().contains("draft is saved"), draft.text());
    assertTrue(draft.document().selectFirst("#progress").text().contains("Draft"));

    Page refused = reviewer.submit(draft, "review", Map.of(), "submit");
    assertFalse(refused.errors().isEmpty(), "the scales are required: " + refused.text());
    assertTrue(refused.body().contains("Clear and well argued — bine."), "the typed text is kept");

    Map<String, String> all = new HashMap<>(texts);
    for (Element radio : refused.document().select("#review input[type=radio]")) {
      all.putIfAbsent(radio.attr("name").substring("review:".length()), radio.val());
    }
    Page submitted = reviewer.submit(refused, "review", all, "submit");
    assertTrue(submitted.infos().toString().contains("is submitted"), submitted.text());
    assertTrue(submitted.document().selectFirst("#progress").text().contains("Submitted"));
  }

  @Test
  @Order(5)
  void theReviewerGetsThePdfUnderANeutralNameAndDeclinesAnotherSubmission() {
    HttpResponse<byte[]> pdf = reviewer.getBytes(DESK + "/submissions/1/file");
    assertEquals(200, pdf.statusCode());
    assertEquals(
        "attachment; filename=\"" + SLUG + "-1.pdf\"",
        pdf.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
    String raw = new String(pdf.body(), StandardCharsets.ISO_8859_1);
    assertFalse(raw.contains("/Author"), "no document information");
    assertFalse(raw.contains("/Metadata"), "no XMP");

    Page desk = reviewer.get(DESK);
    Element other =
        desk.document().select("#assigned tbody tr").stream()
            .filter(tr -> !tr.text().startsWith("#1 "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("a second assignment: " + desk.text()));
    String number = other.selectFirst("td").text().substring(1);
    Page sheet = reviewer.get(DESK + "/submissions/" + number);
    Page noReason = reviewer.submit(sheet, "decline", Map.of("reason", " "), "submit");
    assertTrue(noReason.errors().toString().contains("say why"), noReason.text());
    Page declined =
        reviewer.submit(
            noReason, "decline", Map.of("reason", "Am scris cu unul dintre autori."), "submit");
    assertEquals(DESK, declined.path());
    assertTrue(declined.infos().toString().contains("You declined"), declined.text());
    assertTrue(
        declined.document().select("#assigned tbody tr").stream()
            .anyMatch(
                tr -> tr.text().startsWith("#" + number + " ") && tr.text().contains("Declined")),
        declined.text());
    MimeMessage told = Mails.awaitOne(catcher.server(), DemoUsers.ORGANISER.email());
    assertTrue(Mails.subject(told).contains("declined submission #" + number), Mails.subject(told));
    assertTrue(Mails.body(told).contains("Am scris cu unul dintre autori."), Mails.body(told));

    Page assignment = organiser.get(ASSIGNMENT);
    assertTrue(
        assignment.text().contains("Am scris cu unul dintre autori."), "the reason is shown");
  }

  @Test
  @Order(6)
  void anOrganisersConflictHidesTheSubmissionFromTheReviewerAndBlocksAssigning() {
    Page page = organiser.get(ASSIGNMENT);
    String reviewerId =
        page.document().select("#pin\\:reviewer option").stream()
            .filter(o -> o.text().equals(REVIEWER_NAME))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the reviewer in the pin form: " + page.text()))
            .val();
    Page noReason =
        organiser.submit(
            page,
            "pin",
            Map.of("number", "3", "reviewer", reviewerId, "conflicted", "true"),
            "save");
    assertTrue(noReason.errors().toString().contains("reason"), noReason.text());
    Page pinned =
        organiser.submit(
            noReason,
            "pin",
            Map.of(
                "number",
                "3",
                "reviewer",
                reviewerId,
                "conflicted",
                "true",
                "pinReason",
                "Supervised the first author's thesis"),
            "save");
    assertTrue(pinned.infos().toString().contains("conflict on #3 is set"), pinned.text());
    Element row =
        pinned.document().select("#conflicts tbody tr").stream()
            .filter(tr -> tr.text().startsWith("#3 ") && tr.text().contains(REVIEWER_NAME))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the conflict is listed: " + pinned.text()));
    assertTrue(row.text().contains("Blocked"), row.text());
    assertTrue(row.text().contains("Supervised the first author's thesis"), row.text());

    Page desk = reviewer.get(DESK);
    assertTrue(
        desk.document().select("#bids tbody tr").stream()
            .noneMatch(tr -> tr.text().startsWith("#3 ")),
        "#3 left the reviewer's list");
    assertTrue(desk.text().contains("not listed because you are in a conflict"), desk.text());
    assertEquals(404, reviewer.getWithoutRedirect(DESK + "/submissions/3").status());

    Page manual = organiser.get(ASSIGNMENT);
    Element manualRow =
        manual.document().select("#manual tbody tr").stream()
            .filter(tr -> tr.text().startsWith("#3 "))
            .findFirst()
            .orElseThrow();
    String select = manualRow.selectFirst("select").attr("name").substring("manual:".length());
    String button =
        manualRow.selectFirst("button[id$=:assign]").attr("name").substring("manual:".length());
    Page refused = organiser.submit(manual, "manual", Map.of(select, reviewerId), button);
    assertTrue(
        refused.errors().toString().contains("may not review #3: an organiser set a conflict"),
        refused.errors().toString());

    Element unpin =
        refused.document().select("#conflicts tbody tr").stream()
            .filter(tr -> tr.text().startsWith("#3 "))
            .findFirst()
            .orElseThrow()
            .selectFirst("button[id$=:unpin]");
    Page unpinned =
        organiser.submit(
            refused, "conflicts", Map.of(), unpin.attr("name").substring("conflicts:".length()));
    assertTrue(unpinned.infos().toString().contains("decision on #3 is removed"), unpinned.text());
    assertTrue(
        reviewer.get(DESK).document().select("#bids tbody tr").stream()
            .anyMatch(tr -> tr.text().startsWith("#3 ")),
        "#3 is back on the reviewer's list");
  }

  @Test
  @Order(7)
  void theOrganiserSetsAReviewersOwnLimits() {
    Page page = organiser.get(ASSIGNMENT);
    Element row =
        page.document().select("#reviewers tbody tr").stream()
            .filter(tr -> tr.text().contains(REVIEWER_NAME))
            .findFirst()
            .orElseThrow();
    String prefix = row.selectFirst("input[id$=:min]").attr("name").substring("loads:".length());
    prefix = prefix.substring(0, prefix.length() - "min".length());
    Page wrong =
        organiser.submit(
            page, "loads", Map.of(prefix + "min", "5", prefix + "max", "2"), prefix + "save");
    assertTrue(wrong.errors().toString().contains("cannot be more than the most"), wrong.text());
    Page notNumber =
        organiser.submit(page, "loads", Map.of(prefix + "max", "many"), prefix + "save");
    assertTrue(notNumber.errors().toString().contains("whole numbers"), notNumber.text());
    Page saved =
        organiser.submit(
            page, "loads", Map.of(prefix + "min", "1", prefix + "max", "12"), prefix + "save");
    assertTrue(saved.infos().toString().contains("limits are saved"), saved.text());
    assertTrue(
        saved.document().select("#reviewers tbody tr").stream()
            .anyMatch(tr -> tr.text().contains(REVIEWER_NAME) && tr.text().contains("1–12")),
        saved.text());
  }

  @Test
  @Order(8)
  void theOrganiserPutsTheReviewerInOneTracksPool() {
    Page page = organiser.get(ASSIGNMENT);
    Element row = reviewerRow(page);
    assertTrue(row.text().contains("All tracks"), row.text());
    String href = row.selectFirst("a[href*=pool=]").attr("href");
    Page form = organiser.get(href.substring(href.indexOf("/manage/"), href.indexOf('#')));
    assertTrue(form.text().contains("Tracks of " + REVIEWER_NAME), form.text());
    Element energy =
        form.document().select("#pool label").stream()
            .filter(l -> l.text().equals("Energy and economy"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the tracks to tick: " + form.text()));
    String energyId = form.document().getElementById(energy.attr("for")).val();
    Page saved = organiser.submit(form, "pool", Map.of("tracks", energyId), "save");
    assertEquals(ASSIGNMENT, saved.path());
    assertTrue(saved.infos().toString().contains("now reviews only in the tracks"), saved.text());
    assertTrue(reviewerRow(saved).text().contains("Energy and economy"), saved.text());
    assertFalse(reviewerRow(saved).text().contains("All tracks"), saved.text());

    // #3 is in the security track: outside her pool, assigning her by hand is refused.
    Element manualRow =
        saved.document().select("#manual tbody tr").stream()
            .filter(tr -> tr.text().startsWith("#3 "))
            .findFirst()
            .orElseThrow();
    String reviewerId =
        manualRow.select("select option").stream()
            .filter(o -> o.text().equals(REVIEWER_NAME))
            .findFirst()
            .orElseThrow()
            .val();
    Page refused =
        organiser.submit(
            saved,
            "manual",
            Map.of(
                manualRow.selectFirst("select").attr("name").substring("manual:".length()),
                reviewerId),
            manualRow
                .selectFirst("button[id$=:assign]")
                .attr("name")
                .substring("manual:".length()));
    assertTrue(
        refused
            .errors()
            .toString()
            .contains("may not review #3: they review only in the tracks Energy and economy"),
        refused.errors().toString());

    Page again = organiser.get(href.substring(href.indexOf("/manage/"), href.indexOf('#')));
    assertTrue(
        again.document().getElementById(energy.attr("for")).hasAttr("checked"),
        "her pool is ticked");
    Page everyTrack = organiser.submit(again, "pool", Map.of(), Set.of("tracks"), "save");
    assertTrue(
        everyTrack.infos().toString().contains("now reviews in every track"), everyTrack.text());
    assertTrue(reviewerRow(everyTrack).text().contains("All tracks"), everyTrack.text());
  }

  private static WebClient trackChair() {
    WebClient chair = new WebClient();
    DemoUsers.signIn(chair, TRACK_CHAIR, DemoUsers.PASSWORD);
    return chair;
  }

  @Test
  @Order(17)
  void aTrackChairAssignsTheSubmissionsOfTheirTrackOnly() {
    WebClient chair = trackChair();
    assertNotNull(
        chair.get(DESK).document().selectFirst("a#chair-tracks"), "the desk links their tracks");
    assertNull(reviewer.get(DESK).document().selectFirst("a#chair-tracks"), "not for others");
    Page tracks = chair.get(TRACKS);
    assertEquals(200, tracks.status());
    List<Element> rows = tracks.document().select("#manual tbody tr");
    assertFalse(rows.isEmpty(), tracks.text());
    for (Element row : rows) {
      assertTrue(row.text().contains("— Energy and economy"), "only their track: " + row.text());
    }
    Element row = rows.get(rows.size() - 1);
    String number = row.text().split(" ")[0];
    Element assigned =
        row.select("button[id$=:unassign]").stream()
            .filter(b -> b.attr("aria-label").contains(REVIEWER_NAME))
            .findFirst()
            .orElse(null);
    Page page = tracks;
    if (assigned != null) {
      page =
          chair.submit(
              page, "manual", Map.of(), assigned.attr("name").substring("manual:".length()));
      assertTrue(page.infos().toString().contains("removed"), page.text());
    }
    Element fresh =
        page.document().select("#manual tbody tr").stream()
            .filter(tr -> tr.text().startsWith(number + " "))
            .findFirst()
            .orElseThrow();
    String reviewerId =
        fresh.select("select option").stream()
            .filter(o -> o.text().equals(REVIEWER_NAME))
            .findFirst()
            .orElseThrow()
            .val();
    Page done =
        chair.submit(
            page,
            "manual",
            Map.of(
                fresh.selectFirst("select").attr("name").substring("manual:".length()), reviewerId),
            fresh.selectFirst("button[id$=:assign]").attr("name").substring("manual:".length()));
    assertEquals(TRACKS, done.path());
    assertTrue(done.infos().toString().contains("assigned"), done.text());
    assertTrue(
        done.document().select("#manual tbody tr").stream()
            .anyMatch(
                tr -> tr.text().startsWith(number + " ") && tr.text().contains(REVIEWER_NAME)),
        done.text());
    assertEquals(403, chair.getWithoutRedirect(ASSIGNMENT).status(), "not the organisers' page");
  }

  /**
   * The call's review mode decides who is named: in a double-blind review nobody, in a single-blind
   * one the authors to the reviewers, in an open one also the reviewers to the authors (the
   * decision page, the API). Ends double-blind again, as the demo has it.
   */
  @Test
  @Order(18)
  void theReviewModeDecidesWhoIsNamedToWhom() {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    // A submission of the demo author's (odd numbers) the reviewer reviews; #1 she is
    // conflicted with since step 14.
    String number =
        reviewer.get(DESK).document().select("#assigned tbody tr").stream()
            .map(Element::text)
            .filter(t -> !t.contains("Declined"))
            .map(t -> t.split(" ")[0].substring(1))
            .filter(n -> Integer.parseInt(n) % 2 == 1 && !n.equals("1") && !n.equals("5"))
            .findFirst()
            .orElseThrow();
    String sheet = DESK + "/submissions/" + number;
    String decision =
        "/api/v1/submissions/"
            + submissionPage().substring("/my/submissions/".length())
            + "/decision";
    try {
      for (String mode : List.of("OPEN", "SINGLE_BLIND", "DOUBLE_BLIND")) {
        Page call = organiser.get("/manage/events/" + SLUG + "/call");
        Page saved = organiser.submit(call, "call", Map.of("reviewMode", mode), "submit");
        assertTrue(saved.errors().isEmpty(), mode + ": " + saved.errors());

        Page reviewed = reviewer.get(sheet);
        assertEquals(200, reviewed.status());
        boolean authorsNamed = reviewed.text().contains("Andrei Țurcanu");
        assertEquals(!mode.equals("DOUBLE_BLIND"), authorsNamed, mode + ": " + reviewed.text());

        boolean reviewersNamed = mode.equals("OPEN");
        Page mine = author.get(submissionPage());
        assertEquals(
            reviewersNamed,
            mine.document().selectFirst("#decision").text().contains("— " + REVIEWER_NAME),
            mode + ": " + mine.text());
        var api = SubmissionsApi.get(decision, SubmissionsApi.tokenOf(DemoUsers.AUTHOR));
        assertEquals(200, api.status());
        assertEquals(reviewersNamed, api.body().contains(REVIEWER_NAME), mode + ": " + api.body());
      }
    } finally {
      Page call = organiser.get("/manage/events/" + SLUG + "/call");
      organiser.submit(call, "call", Map.of("reviewMode", "DOUBLE_BLIND"), "submit");
    }
  }

  private static String trackId(Page page, String name) {
    return page.document().select("#filter-track option").stream()
        .filter(o -> o.text().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no track " + name + ": " + page.text()))
        .val();
  }

  private static Element reviewerRow(Page page) {
    return page.document().select("#reviewers tbody tr").stream()
        .filter(tr -> tr.text().contains(REVIEWER_NAME))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the reviewer's row: " + page.text()));
  }

  @Test
  @Order(9)
  void onceReviewsExistTheFormKeepsItsAnsweredCriteria() {
    Page form = organiser.get(SETUP + "/form");
    Page removed = organiser.submit(form, "criteria", Map.of(), "rows:0:remove");
    Page saved = organiser.submit(removed, "criteria", Map.of(), "save");
    assertTrue(saved.errors().toString().contains("Reviews were written with"), saved.text());
  }

  @Test
  @Order(10)
  void nobodyElseReachesTheReviewPages() {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    assertEquals(403, author.getWithoutRedirect(DESK).status());
    assertEquals(403, author.getWithoutRedirect("/review").status());
    assertEquals(403, author.getWithoutRedirect(SETUP).status());
    assertEquals(403, reviewer.getWithoutRedirect(SETUP).status());
    assertEquals(403, organiser.getWithoutRedirect(DESK).status());
    // a submission not assigned to the reviewer does not exist for them, nor its file
    assertEquals(404, reviewer.getWithoutRedirect(DESK + "/submissions/999").status());
    assertEquals(404, reviewer.getWithoutRedirect(DESK + "/submissions/999/file").status());
    assertEquals(403, author.getWithoutRedirect(DESK + "/submissions/1/file").status());
    assertEquals(403, author.getWithoutRedirect(DECISIONS).status());
    assertEquals(403, reviewer.getWithoutRedirect(DECISIONS).status());
    assertEquals(403, reviewer.getWithoutRedirect(NOTIFICATIONS).status());
  }

  @Test
  @Order(11)
  void inAPhaseThatLetsThemAuthorsReadTheReviewsAndRespondOnce() {
    Page setup = organiser.get(SETUP);
    Page saved = organiser.submit(setup, "setup", Map.of("phases:2:respond", "on"), "save");
    assertTrue(saved.infos().toString().contains("settings are saved"), saved.text());
    switchTo("Discussion");

    WebClient author = DemoUsers.AUTHOR.signedIn();
    String page = submissionPage();
    Page mine = author.get(page);
    Element reviews = mine.document().selectFirst("#reviews");
    assertNotNull(reviews, "the reviews during the discussion: " + mine.text());
    assertTrue(reviews.text().contains("Clear and well argued — bine."), reviews.text());
    assertFalse(reviews.text().contains(REVIEWER_NAME), "reviewers are not named");
    Page empty = author.submit(mine, "respond", Map.of("response", " "), "send");
    assertTrue(empty.errors().toString().contains("write your response"), empty.text());
    Page tooLong =
        author.submit(mine, "respond", Map.of("response", "cuvânt ".repeat(501)), "send");
    assertTrue(tooLong.errors().toString().contains("501 words"), tooLong.errors().toString());
    assertTrue(tooLong.body().contains("cuvânt cuvânt"), "the typed text is kept");
    Page sent =
        author.submit(
            mine, "respond", Map.of("response", "Mulțumim; sursele sunt discutate în §3."), "send");
    assertTrue(sent.infos().toString().contains("response is sent"), sent.text());
    assertNull(sent.document().selectFirst("#respond"), "one response only");
    assertTrue(sent.text().contains("Mulțumim; sursele sunt discutate în §3."), sent.text());

    Page sheet = reviewer.get(DESK + "/submissions/1");
    assertTrue(
        sheet.document().selectFirst("#response").text().contains("sursele sunt discutate"),
        sheet.text());
  }

  @Test
  @Order(12)
  void theOrganiserDecidesOnlyInTheDecisionPhasesAndKeepsWhatWasTyped() {
    Page early = organiser.get(DECISIONS);
    assertEquals(200, early.status());
    assertNotNull(early.document().selectFirst("#not-now"), "reviewing: no deciding yet");
    Element row = early.document().selectFirst("#row-1");
    assertNotNull(row, early.text());
    assertTrue(row.text().contains("Undecided"), row.text());
    assertFalse(row.text().contains("Decide"), "no decide link in the reviewing phase");

    switchTo("Decision");
    Page board = organiser.get(DECISIONS);
    row = board.document().selectFirst("#row-1");
    assertTrue(row.selectFirst("td:nth-child(4)").text().startsWith("1 /"), row.text());
    assertFalse(row.selectFirst("td:nth-child(5)").text().isBlank(), "a mean score");

    Page form = organiser.get(DECISIONS + "?decide=1");
    assertNotNull(form.document().selectFirst("#decide"), form.text());
    Page noOther =
        organiser.submit(
            form,
            "decide",
            Map.of("outcome", "DUPLICATE", "note", "Discussed on 12 May — Țurcanu."),
            "save");
    assertTrue(
        noOther.errors().toString().contains("number of the other submission"),
        noOther.errors().toString());
    assertTrue(noOther.body().contains("Discussed on 12 May — Țurcanu."), "the note is kept");

    Page saved = organiser.submit(noOther, "decide", Map.of("outcome", "ACCEPT"), "save");
    assertTrue(saved.infos().toString().contains("decision on #1 is saved"), saved.text());
    row = saved.document().selectFirst("#row-1");
    assertTrue(row.text().contains("Accept") && row.text().contains("not yet sent"), row.text());
    assertEquals("1", saved.document().selectFirst("#pending").text());

    WebClient author = DemoUsers.AUTHOR.signedIn();
    Page mine = author.get(submissionPage());
    assertEquals(200, mine.status());
    assertNull(mine.document().selectFirst("#decision"), "nothing before the notification");

    Page preview = organiser.get(NOTIFICATIONS);
    Page tooEarly = organiser.submit(preview, "send", Map.of(), "send");
    assertTrue(
        tooEarly.errors().toString().contains("only in the notification phase"),
        tooEarly.errors().toString());
  }

  @Test
  @Order(13)
  void theAuthorsAreNotifiedOnceInTheirLanguageAndReadTheReviews() {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    author.post("/language", Map.of("lang", "ro", "next", "/my"));
    try {
      switchTo("Notification");
      Page preview = organiser.get(NOTIFICATIONS);
      assertTrue(
          preview.document().selectFirst("#summary").text().contains("of 1 submissions"),
          preview.text());
      assertTrue(preview.text().contains(DemoUsers.AUTHOR.email()), preview.text());
      assertTrue(preview.text().contains("Acceptată: #1"), "Romanian for the author");

      // Changed after the preview was read: the stale preview sends nothing.
      Page form = organiser.get(DECISIONS + "?decide=1");
      organiser.submit(form, "decide", Map.of("outcome", "POSTER"), "save");
      Page stale = organiser.submit(preview, "send", Map.of(), "send");
      assertTrue(stale.errors().toString().contains("changed since"), stale.text());
      assertTrue(stale.text().contains("Acceptată ca poster: #1"), "the preview is read again");

      Page sent = organiser.submit(stale, "send", Map.of(), "send");
      assertEquals(DECISIONS, sent.path());
      assertTrue(sent.infos().toString().contains("are on their way"), sent.text());
      assertEquals("0", sent.document().selectFirst("#pending").text());
      assertTrue(sent.document().selectFirst("#row-1").text().contains("sent to the authors"));

      MimeMessage mail = Mails.awaitOne(catcher.server(), DemoUsers.AUTHOR.email());
      assertTrue(Mails.subject(mail).startsWith("Acceptată ca poster: #1"), Mails.subject(mail));
      assertTrue(Mails.body(mail).contains("Evaluarea 1"), Mails.body(mail));
      assertTrue(Mails.body(mail).contains("Clear and well argued — bine."), Mails.body(mail));
      assertTrue(
          Mails.body(mail).contains("Modificați versiunea finală"), "the final version's window");
      assertFalse(Mails.body(mail).contains(REVIEWER_NAME), "reviewers are not named");
      assertFalse(Mails.body(mail).contains("Discussed on 12 May"), "the note stays inside");

      Page mine = author.get(submissionPage());
      Element decision = mine.document().selectFirst("#decision");
      assertNotNull(decision, mine.text());
      assertTrue(decision.text().contains("Acceptată ca poster"), decision.text());
      assertTrue(decision.text().contains("Clear and well argued — bine."), decision.text());
      assertFalse(decision.text().contains(REVIEWER_NAME), decision.text());

      String id = submissionPage().substring("/my/submissions/".length());
      var api =
          SubmissionsApi.get(
              "/api/v1/submissions/" + id + "/decision", SubmissionsApi.tokenOf(DemoUsers.AUTHOR));
      assertEquals(200, api.status(), api.body());
      assertEquals("poster", api.json().getString("outcome"));
      assertTrue(api.body().contains("Clear and well argued — bine."), api.body());
      assertFalse(api.body().contains(REVIEWER_NAME), api.body());
      assertEquals(
          404,
          SubmissionsApi.get(
                  "/api/v1/submissions/" + id + "/decision",
                  SubmissionsApi.tokenOf(DemoUsers.REVIEWER))
              .status(),
          "only its authors read the decision");

      assertNotNull(organiser.get(NOTIFICATIONS).document().selectFirst("#nothing"));

      HttpResponse<byte[]> csv = organiser.getBytes(SETUP.replace("/reviews", "/reviews.csv"));
      assertEquals(200, csv.statusCode());
      String table = new String(csv.body(), StandardCharsets.UTF_8);
      assertTrue(table.contains("Clear and well argued — bine."), table);
      assertTrue(table.contains(REVIEWER_NAME) && table.contains("POSTER"), table);
      HttpResponse<byte[]> xlsx = organiser.getBytes(SETUP.replace("/reviews", "/reviews.xlsx"));
      assertEquals(200, xlsx.statusCode());
      assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1));
      assertEquals(403, reviewer.getBytes(SETUP.replace("/reviews", "/reviews.csv")).statusCode());
      Mails.sleep(500);
      assertEquals(1, Mails.to(catcher.server(), DemoUsers.AUTHOR.email()).size(), "one mail");
    } finally {
      author.post("/language", Map.of("lang", "en", "next", "/my"));
    }
  }

  @Test
  @Order(14)
  void anAuthorDeclaresAConflictWithAReviewerWhoThenNoLongerSeesTheSubmission() {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    String page = submissionPage();
    Page edit = author.get(page + "/edit");
    assertEquals(200, edit.status());
    Element row =
        edit.document().select(".conflict-row").stream()
            .filter(r -> r.text().contains(REVIEWER_NAME))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the committee on the form: " + edit.text()));
    String ticked = row.selectFirst("input[type=checkbox]").attr("name");
    String reason = row.selectFirst("input[type=text]").attr("name");
    String prefix = "submission:";
    Page noReason =
        author.submitMultipart(
            edit,
            "submission",
            Map.of(ticked.substring(prefix.length()), "on"),
            Map.of(),
            "saveDraft");
    assertTrue(
        noReason.body().contains("Please say why for each committee member you tick."),
        noReason.text());
    Page saved =
        author.submitMultipart(
            noReason,
            "submission",
            Map.of(
                ticked.substring(prefix.length()),
                "on",
                reason.substring(prefix.length()),
                "Coautoare în 2025 — Олена"),
            Map.of(),
            "saveDraft");
    assertTrue(saved.path().endsWith("?done=saved"), saved.errors().toString());

    // Found after the save's commit: wait for the reviewer's page to drop #1.
    boolean gone = false;
    for (int i = 0; i < 20 && !gone; i++) {
      gone = reviewer.getWithoutRedirect(DESK + "/submissions/1").status() == 404;
      if (!gone) {
        Mails.sleep(250);
      }
    }
    assertTrue(gone, "the reviewer no longer reaches #1");
    Page assignment = organiser.get(ASSIGNMENT);
    assertTrue(assignment.text().contains("Coautoare în 2025 — Олена"), "the reason is shown");
    Page again = author.get(page + "/edit");
    assertTrue(again.body().contains("Coautoare în 2025 — Олена"), "the form keeps it");
  }

  @Test
  @Order(15)
  void theCommitteeDiscussesWithAMentionAndTheOrganiserNamesALead() {
    Page desk = reviewer.get(DESK);
    Element row =
        desk.document().select("#assigned tbody tr").stream()
            .filter(tr -> !tr.text().contains("Declined") && !tr.text().startsWith("#1 "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("another assignment: " + desk.text()));
    String number = row.selectFirst("td").text().substring(1);
    Page sheet = reviewer.get(DESK + "/submissions/" + number);
    assertNotNull(sheet.document().selectFirst("#discussion-section"), sheet.text());
    Page empty = reviewer.submit(sheet, "discussion", Map.of("comment", "  "), "post");
    assertTrue(empty.errors().toString().contains("write a comment"), empty.text());
    Page posted =
        reviewer.submit(
            sheet,
            "discussion",
            Map.of("comment", "Metoda e solidă. @ioana radulescu-stanescu, ce părere aveți?"),
            "post");
    assertTrue(posted.infos().toString().contains("comment is added"), posted.text());
    assertTrue(posted.text().contains("Metoda e solidă."), posted.text());

    // The organiser's second mail: the first told them a reviewer declined.
    MimeMessage mention =
        Mails.awaitFor(catcher.server(), DemoUsers.ORGANISER.email(), 2, Duration.ofSeconds(20))
            .stream()
            .filter(m -> Mails.subject(m).contains("mentioned you"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        Mails.subject(mention).contains("mentioned you on #" + number), Mails.subject(mention));
    assertTrue(Mails.body(mention).contains("Metoda e solidă."), Mails.body(mention));
    assertTrue(Mails.body(mention).contains("/reviews/decisions?decide=" + number));

    Page decide = organiser.get(DECISIONS + "?decide=" + number);
    assertTrue(decide.text().contains("Metoda e solidă."), decide.text());
    assertTrue(decide.text().contains(REVIEWER_NAME), "organisers read reviewers' names");
    String reviewerId =
        decide.document().select("#lead-form\\:lead option").stream()
            .filter(o -> o.text().equals(REVIEWER_NAME))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the reviewer as a lead: " + decide.text()))
            .val();
    Page lead = organiser.submit(decide, "lead-form", Map.of("lead", reviewerId), "save");
    assertTrue(lead.infos().toString().contains("lead is saved"), lead.text());
    Page led = reviewer.get(DESK + "/submissions/" + number);
    assertTrue(led.text().contains("asked you to lead this discussion"), led.text());
  }

  /** Who asks, in the permission matrix. */
  private enum Asker {
    ORGANISER,
    REVIEWER,
    /** Chairs the energy track: a committee member who reviews nothing assigned. */
    TRACK_CHAIR,
    AUTHOR,
    /** Has an account under the address of #1's co-author: reads it as its authors do. */
    CO_AUTHOR,
    OTHER_SIGNED_IN,
    ANONYMOUS
  }

  /**
   * The permission matrix over HTTP, in every phase of the double-blind review: each page of the
   * review (the reviewer's list, desk, review sheets and PDFs of a submission assigned to the
   * reviewer, one they declined, one they are conflicted with, one not assigned; the organisers'
   * settings, form, assignment, dashboard, decision panel, notifications and exports) for the
   * organiser, the reviewer, a track chair, the author, a co-author with an account, another
   * signed-in person and an anonymous visitor, plus the decision in the API and what each phase
   * shows on the pages. Expected answers come from the rules, not from what the server answered
   * once.
   */
  @Test
  @Order(16)
  void thePermissionMatrixHoldsInEveryPhase() {
    Map<Asker, WebClient> clients = new java.util.EnumMap<>(Asker.class);
    clients.put(Asker.ORGANISER, organiser);
    clients.put(Asker.REVIEWER, reviewer);
    clients.put(Asker.TRACK_CHAIR, trackChair());
    clients.put(Asker.AUTHOR, DemoUsers.AUTHOR.signedIn());
    WebClient coAuthor = new WebClient();
    String coAuthorPassword = "amber glacier violin 42";
    // Mails reached the address before (the decision went to the co-authors too).
    int before = Mails.to(catcher.server(), CO_AUTHOR).size();
    Accounts.signUpExpectingMail(coAuthor, "Ana-Maria Căpățînă", CO_AUTHOR, coAuthorPassword);
    coAuthor.get(
        Mails.link(
            Mails.awaitFor(catcher.server(), CO_AUTHOR, before + 1, Duration.ofSeconds(20))
                .get(before),
            "/confirm-email?token="));
    DemoUsers.signIn(coAuthor, CO_AUTHOR, coAuthorPassword);
    clients.put(Asker.CO_AUTHOR, coAuthor);
    String coAuthorToken = ApiTokenIT.newToken(coAuthor, "co-author", coAuthorPassword);
    clients.put(Asker.OTHER_SIGNED_IN, DemoUsers.ATTENDEE.signedIn());
    clients.put(Asker.ANONYMOUS, new WebClient());

    Page desk = reviewer.get(DESK);
    List<String> assignedRows =
        desk.document().select("#assigned tbody tr").stream().map(Element::text).toList();
    String assigned =
        assignedRows.stream()
            .filter(t -> !t.contains("Declined") && !t.startsWith("#1 "))
            .findFirst()
            .orElseThrow()
            .split(" ")[0]
            .substring(1);
    // Declined in step 5, unless a conflict found since hides it from the reviewer's lists.
    String declined =
        assignedRows.stream()
            .filter(t -> t.contains("Declined"))
            .findFirst()
            .map(t -> t.split(" ")[0].substring(1))
            .orElse(null);
    List<String> reviewersOwn =
        assignedRows.stream().map(t -> t.split(" ")[0].substring(1)).toList();
    String unassigned =
        organiser.get(DECISIONS).document().select("#dashboard tbody tr").stream()
            .map(tr -> tr.selectFirst("td").text().substring(1))
            .filter(n -> !reviewersOwn.contains(n) && !n.equals("1"))
            .findFirst()
            .orElse(null);

    Map<String, Integer> reviewerAnswers = new LinkedHashMap<>();
    reviewerAnswers.put("/review", 200);
    reviewerAnswers.put(DESK, 200);
    reviewerAnswers.put(DESK + "/submissions/" + assigned, 200);
    // Its PDF, if the authors gave one (the review page links it then).
    boolean hasPdf =
        reviewer
                .get(DESK + "/submissions/" + assigned)
                .document()
                .selectFirst("a[href$=/submissions/" + assigned + "/file]")
            != null;
    reviewerAnswers.put(DESK + "/submissions/" + assigned + "/file", hasPdf ? 200 : 404);
    reviewerAnswers.put(DESK + "/submissions/1", 404);
    reviewerAnswers.put(DESK + "/submissions/1/file", 404);
    if (declined != null) {
      reviewerAnswers.put(DESK + "/submissions/" + declined, 404);
      reviewerAnswers.put(DESK + "/submissions/" + declined + "/file", 404);
    }
    if (unassigned != null) {
      reviewerAnswers.put(DESK + "/submissions/" + unassigned, 404);
      reviewerAnswers.put(DESK + "/submissions/" + unassigned + "/file", 404);
    }
    List<String> organiserPages =
        List.of(
            SETUP,
            SETUP + "/form",
            ASSIGNMENT,
            DECISIONS,
            DECISIONS + "?decide=" + assigned,
            NOTIFICATIONS,
            SETUP.replace("/reviews", "/reviews.csv"),
            SETUP.replace("/reviews", "/reviews.xlsx"));

    String authorsSubmission = submissionPage().substring("/my/submissions/".length());
    String api = "/api/v1/submissions/" + authorsSubmission + "/decision";

    List<String> wrong = new ArrayList<>();
    int cases = 0;
    List<String> phases = List.of("Bidding", "Reviewing", "Discussion", "Decision", "Notification");
    for (String phase : phases) {
      switchTo(phase);
      for (Asker asker : Asker.values()) {
        WebClient client = clients.get(asker);
        for (var entry : reviewerAnswers.entrySet()) {
          int want =
              switch (asker) {
                case REVIEWER -> entry.getValue();
                // a member of the committee: the lists open, no submission is theirs to review
                case TRACK_CHAIR -> entry.getKey().contains("/submissions/") ? 404 : 200;
                case ANONYMOUS -> 302;
                default -> 403;
              };
          cases++;
          expect(wrong, phase, asker, entry.getKey(), client, want);
        }
        cases++;
        expect(
            wrong,
            phase,
            asker,
            TRACKS,
            client,
            switch (asker) {
              case TRACK_CHAIR -> 200;
              case ANONYMOUS -> 302;
              default -> 403;
            });
        for (String path : organiserPages) {
          int want =
              switch (asker) {
                case ORGANISER -> 200;
                case ANONYMOUS -> 302;
                default -> 403;
              };
          cases++;
          expect(wrong, phase, asker, path, client, want);
        }
      }
      for (var token :
          Map.of(
                  DemoUsers.AUTHOR, 200,
                  DemoUsers.REVIEWER, 404,
                  DemoUsers.ORGANISER, 404,
                  DemoUsers.ATTENDEE, 404)
              .entrySet()) {
        cases++;
        int got = SubmissionsApi.get(api, SubmissionsApi.tokenOf(token.getKey())).status();
        if (got != token.getValue()) {
          wrong.add(phase + ": " + api + " for " + token.getKey() + " answered " + got);
        }
      }
      cases++;
      int coAuthorGot = SubmissionsApi.get(api, coAuthorToken).status();
      if (coAuthorGot != 200) {
        wrong.add(phase + ": " + api + " for the co-author answered " + coAuthorGot);
      }
      cases++;
      if (SubmissionsApi.get(api, null).status() != 401) {
        wrong.add(phase + ": " + api + " without a token");
      }

      // What the phase shows: the discussion once the reviewer may read the other reviews (their
      // own review of this submission is not submitted: only phases that show them always), the
      // decision form in the decision phases, the notified decision to the author in every phase.
      boolean always = phase.equals("Decision") || phase.equals("Notification");
      Page sheet = reviewer.get(DESK + "/submissions/" + assigned);
      cases++;
      if ((sheet.document().selectFirst("#discussion-section") != null) != always) {
        wrong.add(phase + ": the discussion on #" + assigned + " shown=" + !always);
      }
      Page board = organiser.get(DECISIONS);
      cases++;
      if ((board.document().selectFirst("#not-now") == null) != always) {
        wrong.add(phase + ": deciding allowed=" + !always);
      }
      for (Asker author : List.of(Asker.AUTHOR, Asker.CO_AUTHOR)) {
        Page mine = clients.get(author).get(submissionPage());
        cases++;
        if (mine.document().selectFirst("#decision") == null) {
          wrong.add(phase + ": " + author + " lost the notified decision");
        }
      }
    }
    int total = cases;
    assertTrue(total >= 150, "cases: " + total);
    assertTrue(
        wrong.isEmpty(),
        () -> wrong.size() + " of " + total + " cases wrong:\n" + String.join("\n", wrong));
  }

  private static void expect(
      List<String> wrong, String phase, Asker asker, String path, WebClient client, int want) {
    Page page = client.getWithoutRedirect(path);
    int got = page.status();
    if (got == 302 && !page.headers().firstValue("Location").orElse("").contains("/sign-in")) {
      got = -302;
    }
    if (got != want) {
      wrong.add(phase + ": " + path + " for " + asker + " answered " + got + ", not " + want);
    }
  }

  /** The demo author's page of the annual conference's submission #1, from their list. */
  @Test
  @Order(19)
  void theAcceptedPostersAuthorHandsInTheFinalVersionAndTheReviewedPdfStays() {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    String page = submissionPage();
    String id = page.substring("/my/submissions/".length());
    String manage = "/manage/events/" + SLUG + "/submissions/1";
    String reviewedTag =
        organiser.getBytes(manage + "/file").headers().firstValue("ETag").orElseThrow();

    Page detail = author.get(page);
    assertNotNull(detail.document().selectFirst("#final-version"), detail.text());
    assertEquals("Edit the final version", detail.document().selectFirst("#edit").text());
    assertNull(detail.document().selectFirst("#withdraw"), "no withdrawing once decided");

    Page form = author.get(page + "/edit");
    assertTrue(
        form.document().selectFirst("h1").text().startsWith("Final version of submission #1"),
        form.text());
    assertNull(form.document().getElementById("submission:track"), "the track is decided");
    assertNotNull(form.document().selectFirst("#decided-placement"), form.text());
    assertTrue(form.document().selectFirst("#final-version-intro").text().contains("Accepted."));
    String title = form.document().getElementById("submission:title").val();
    Page saved =
        author.submitMultipart(
            form,
            "submission",
            Map.of("title", "Grain corridors after 2023 — versiunea finală"),
            Map.of(
                "file",
                new WebClient.Upload(
                    "poster-final.pdf",
                    "application/pdf",
                    TestPdfs.onePage("The final poster", null, false))),
            "saveDraft");
    assertTrue(saved.path().endsWith("?done=saved"), saved.errors() + " " + saved.text());
    assertTrue(saved.text().contains("versiunea finală"), saved.text());
    assertNotNull(saved.document().selectFirst("#final-file-link"), saved.text());
    assertFalse(saved.document().selectFirst("#final-changed").text().isBlank());

    // The committee's PDF is the one it reviewed; the final one is beside it.
    HttpResponse<byte[]> reviewed = organiser.getBytes(manage + "/file");
    assertEquals(reviewedTag, reviewed.headers().firstValue("ETag").orElseThrow());
    HttpResponse<byte[]> finalPdf = organiser.getBytes(manage + "/final-file");
    assertEquals(200, finalPdf.statusCode());
    assertFalse(reviewedTag.equals(finalPdf.headers().firstValue("ETag").orElse(reviewedTag)));
    assertNotNull(organiser.get(manage).document().selectFirst("#download-final-file"));
    assertEquals(403, reviewer.getBytes(manage + "/final-file").statusCode());

    String token = SubmissionsApi.tokenOf(DemoUsers.AUTHOR);
    var api = SubmissionsApi.get("/api/v1/submissions/" + id, token);
    assertEquals(200, api.status(), api.body());
    var finalVersion = api.json().getJsonObject("finalVersion");
    assertNotNull(finalVersion, api.body());
    assertTrue(
        finalVersion.getJsonObject("file").getString("url").endsWith(id + "/final-file"),
        api.body());
    assertEquals(
        200, SubmissionsApi.get("/api/v1/submissions/" + id + "/final-file", token).status());
    assertEquals(
        404,
        SubmissionsApi.get(
                "/api/v1/submissions/" + id + "/final-file",
                SubmissionsApi.tokenOf(DemoUsers.REVIEWER))
            .status());
    var withdraw = SubmissionsApi.post("/api/v1/submissions/" + id + "/withdraw", token);
    assertEquals(409, withdraw.status(), withdraw.body());
    assertEquals("decided", withdraw.json().getString("reason"), withdraw.body());

    // The demo's title again: other tests of the same database read the table by it.
    Page restored =
        author.submitMultipart(
            author.get(page + "/edit"),
            "submission",
            Map.of("title", title),
            Map.of(),
            "saveDraft");
    assertTrue(restored.text().contains(title), restored.text());
  }

  /**
   * Once its authors were told, the accepted poster is in the programme's reach: the organisers'
   * editor counts it and adds it in one step, as a poster (its decision), unscheduled, with the
   * accepted title; the button is gone once nothing is left to add. The reviewer sees no editor.
   */
  @Test
  @Order(20)
  void theToldAcceptedSubmissionBecomesAContributionInOneStep() {
    String editorPath = "/manage/events/" + SLUG + "/programme";
    Page editor = organiser.get(editorPath);
    Element make = editor.document().getElementById("make");
    assertNotNull(make, editor.text());
    assertTrue(
        make.text().contains("1 accepted submissions are not in the programme yet."), make.text());

    Page made = organiser.submit(editor, "make", Map.of(), "add");
    assertTrue(made.infos().contains("1 contributions added."), made.text());
    assertNull(made.document().getElementById("make"), "nothing left to add");
    Element row = made.document().selectFirst("#unscheduled-table tbody tr");
    assertNotNull(row, made.text());
    assertEquals("1", row.selectFirst("td").text(), "submission #1: " + row.text());
    assertTrue(row.text().contains("Andrei Țurcanu"), "its speaker: " + row.text());
    assertTrue(row.text().contains("Poster"), "decided as a poster: " + row.text());

    // The same button again from the old page: nothing is added twice.
    organiser.submit(editor, "make", Map.of(), "add");
    assertEquals(
        1,
        organiser.get(editorPath).document().select("#unscheduled-table tbody tr").size(),
        "one contribution, not two");
    assertEquals(403, reviewer.get(editorPath).status());
  }

  private static String submissionPage() {
    return MySubmissions.pageOf(DemoUsers.AUTHOR.signedIn(), SLUG, 1);
  }
}
