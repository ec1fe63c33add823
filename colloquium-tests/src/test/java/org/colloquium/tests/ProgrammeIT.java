package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MailCatcher;
import org.colloquium.tests.support.Mails;
import org.colloquium.tests.support.MySubmissions;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.TestPdfs;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The programme of "20 Months After…" (2023): the demo's published release as the public reads it,
 * and the organiser's editor on its work in progress — a move by keyboard, a chair double-booked
 * against a speaker that blocks publishing, the fix, and the next release with its changelog. The
 * editing steps put everything back where the demo had it, so other classes in any order read the
 * demo's programme (a release that repeats it is the only trace).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammeIT extends DeployedApplication {

  @RegisterExtension static final MailCatcher catcher = new MailCatcher();

  private static final String SLUG = "20-months-after";
  private static final String PUBLIC = "/events/" + SLUG + "/programme";
  private static final String MANAGE = "/manage/events/" + SLUG + "/programme";
  private static final String SANCTIONS = "Twenty months of sanctions: what worked";

  @Test
  @Order(1)
  void anonymousVisitorsReadThePublishedProgrammeByDayWithoutAnySession() {
    WebClient visitor = new WebClient();
    Page page = visitor.get(PUBLIC);

    assertEquals(200, page.status(), page.text());
    assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), "no session for a visitor");
    assertEquals("Programme", page.heading());
    for (String day :
        new String[] {"Thu 9 November 2023", "Fri 10 November 2023", "Sat 11 November 2023"}) {
      assertTrue(page.text().contains(day), day + ": " + page.text());
    }
    for (String part :
        new String[] {
          "Opening", "Coffee break", "Lunch", "Poster session", "P1", "Roundtable", SANCTIONS
        }) {
      assertTrue(page.text().contains(part), part);
    }
    assertTrue(page.text().contains("Andrei Țurcanu (Moldova State University)"), page.text());
    assertFalse(page.body().contains("meet.colloquium.example"), "room links are never public");

    Page event = visitor.get("/events/" + SLUG);
    assertNotNull(
        event.document().selectFirst("a[href$=" + PUBLIC + "]"), "the event page links it");
  }

  @Test
  @Order(2)
  void filtersNarrowTheProgrammeAndAContributionHasItsOwnPage() {
    WebClient visitor = new WebClient();
    Page all = visitor.get(PUBLIC);
    Element option =
        all.document().select("#filter-track option").stream()
            .filter(o -> o.text().equals("Propaganda and disinformation"))
            .findFirst()
            .orElseThrow();
    Page propaganda = visitor.get(PUBLIC + "?track=" + option.val());
    assertEquals(200, propaganda.status());
    assertFalse(propaganda.text().contains(SANCTIONS), "another track's talk is filtered out");
    assertFalse(propaganda.text().contains("Coffee break"), "breaks go when a track is chosen");
    assertTrue(
        propaganda.document().select(".programme-contributions li").size() > 0, propaganda.text());

    Page mistyped = visitor.get(PUBLIC + "?track=abc&room=-1");
    assertEquals(200, mistyped.status());
    assertTrue(mistyped.text().contains(SANCTIONS), "a mistyped filter shows everything");

    Page words = visitor.get(PUBLIC + "?q=sanctiuni%20SANCTIONS");
    assertFalse(words.text().contains(SANCTIONS), "every word must match");
    Page found = visitor.get(PUBLIC + "?q=sanctions");
    assertTrue(found.text().contains(SANCTIONS), found.text());

    Element link = all.document().selectFirst("a:containsOwn(" + SANCTIONS + ")");
    Page contribution = visitor.get(link.attr("href"));
    assertEquals(200, contribution.status());
    assertEquals(SANCTIONS, contribution.heading());
    assertTrue(
        contribution.text().contains("oil price cap"), "the abstract: " + contribution.text());
    assertTrue(contribution.text().contains("Andrei Țurcanu"), contribution.text());

    assertEquals(404, visitor.get("/events/" + SLUG + "/programme/contributions/999999").status());
    assertEquals(404, visitor.get("/events/annual-conference-iii/programme").status(), "none yet");
    Page releases = visitor.get(PUBLIC + "/releases");
    assertTrue(releases.text().contains("Release 1"), releases.text());

    Element sessionLink = contribution.document().selectFirst("a[href*=/programme/sessions/]");
    Page session = visitor.get(sessionLink.attr("href"));
    assertEquals(200, session.status());
    assertEquals(sessionLink.text(), session.heading());
    assertTrue(session.text().contains(SANCTIONS), session.text());
  }

  @Test
  @Order(3)
  void otherToolsGetTheSameReleaseAsFeedsAndJsonWithoutAnyAddressOrLink() {
    WebClient visitor = new WebClient();
    Map<String, String> expected =
        Map.of(
            "/events/" + SLUG + "/programme.ics", "BEGIN:VCALENDAR",
            "/events/" + SLUG + "/schedule.xml", "<schedule",
            "/events/" + SLUG + "/schedule.json", "\"schedule\"",
            PUBLIC + "/releases.atom", "<feed",
            "/api/v1/events/" + SLUG + "/programme", "\"sessions\"");
    for (var feed : expected.entrySet()) {
      var response = visitor.getBytes(feed.getKey());
      String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(200, response.statusCode(), feed.getKey() + ": " + body);
      assertTrue(body.contains(feed.getValue()), feed.getKey() + ": " + body);
      assertTrue(
          body.contains("Twenty months of sanctions") || feed.getKey().endsWith(".atom"),
          feed.getKey());
      assertFalse(body.contains("@colloquium.example"), feed.getKey() + " shows an address");
      assertFalse(body.contains("meet.colloquium.example"), feed.getKey() + " shows a room's link");
    }
    assertEquals(404, visitor.getBytes("/events/annual-conference-iii/programme.ics").statusCode());
    assertEquals(
        404, visitor.getBytes("/api/v1/events/annual-conference-iii/programme").statusCode());
  }

  @Test
  @Order(4)
  void theReleasesPdfsAreMadeInTheBackgroundTaggedWithTheirFontsAndServedWithAnEtag()
      throws Exception {
    WebClient visitor = new WebClient();
    String programmePdf = "/events/" + SLUG + "/programme.pdf";
    java.net.http.HttpResponse<byte[]> pdf = visitor.getBytes(programmePdf);
    for (int i = 0; i < 120 && pdf.statusCode() == 404; i++) {
      Thread.sleep(1000);
      pdf = visitor.getBytes(programmePdf);
    }
    assertEquals(200, pdf.statusCode(), "made within two minutes of start-up");
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String etag = pdf.headers().firstValue("ETag").orElseThrow();
    var again =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(visitor.base() + programmePdf))
                    .header("If-None-Match", etag)
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(304, again.statusCode());
    TestPdfs.assertReadable(pdf.body(), "Twenty months of sanctions: what worked", "Țurcanu");

    java.net.http.HttpResponse<byte[]> book =
        visitor.getBytes("/events/" + SLUG + "/book-of-abstracts.pdf");
    for (int i = 0; i < 60 && book.statusCode() == 404; i++) {
      Thread.sleep(1000);
      book = visitor.getBytes("/events/" + SLUG + "/book-of-abstracts.pdf");
    }
    assertEquals(200, book.statusCode());
    TestPdfs.assertReadable(book.body(), "oil price cap", "Țurcanu");
    assertEquals(
        200,
        visitor.getBytes("/events/" + SLUG + "/programme/releases/1/programme.pdf").statusCode());
    assertEquals(
        404,
        visitor.getBytes("/events/" + SLUG + "/programme/releases/999/programme.pdf").statusCode());
    Page event = visitor.get("/events/" + SLUG);
    assertNotNull(
        event.document().selectFirst("a[href$=/book-of-abstracts.pdf]"), "the event page links it");
  }

  @Test
  @Order(42)
  void theLastMovesCanBeUndoneAndTheUnscheduledListFilters() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page editor = organiser.get(MANAGE);
    String contributionPath =
        editor.document().selectFirst("a:containsOwn(" + SANCTIONS + ")").attr("href");
    Page contribution = organiser.get(contributionPath);
    String session =
        contribution.document().select("#contribution\\:sessionId option[selected]").val();
    String position = contribution.fieldValue("contribution:position");

    // Taken out of its session by its form: it is unscheduled, and the filter finds it by a word
    // typed without diacritics and not by another.
    Page saved = organiser.submit(contribution, "contribution", Map.of("sessionId", ""), "save");
    assertEquals(200, saved.status(), saved.text());
    editor = organiser.get(MANAGE);
    assertTrue(
        editor.document().select("#undo-list li").first().text().contains(SANCTIONS),
        editor.text());
    assertTrue(editor.document().select("#board-tray li").text().contains(SANCTIONS));
    Page found = organiser.submit(editor, "filter", Map.of("words", "SANCTIONS worked"), "apply");
    assertEquals(1, found.document().select("#unscheduled-table tbody tr").size(), found.text());
    assertTrue(
        found.document().selectFirst("#unscheduled-count").text().startsWith("Showing 1 of"));
    Page none = organiser.submit(found, "filter", Map.of("words", "zzzz"), "apply");
    assertEquals(0, none.document().select("#unscheduled-table tbody tr").size(), none.text());

    // Undo puts it back where it was, in its place; then nothing is left to undo.
    Page undone = organiser.submit(none, "undo", Map.of(), "undoLast");
    assertTrue(
        undone.infos().contains("Undone: the last change of “" + SANCTIONS + "”."), undone.text());
    Page back = organiser.get(contributionPath);
    assertEquals(
        session, back.document().select("#contribution\\:sessionId option[selected]").val());
    assertEquals(position, back.fieldValue("contribution:position"));
    assertTrue(undone.text().contains("No change to undo yet."), undone.text());
  }

  @Test
  @Order(43)
  void aSpeakerMovedByTheNextReleaseGetsOneMailWithACalendar() throws Exception {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page editor = organiser.get(MANAGE);
    String contributionPath =
        editor.document().selectFirst("a:containsOwn(" + SANCTIONS + ")").attr("href");
    Page contribution = organiser.get(contributionPath);
    // #1 goes to the other end of its session: it and the talk it swaps with start elsewhere.
    String position = contribution.fieldValue("contribution:position");
    String other = "1".equals(position) ? "9" : "1";
    Page saved = organiser.submit(contribution, "contribution", Map.of("position", other), "save");
    assertEquals(200, saved.status(), saved.text());

    String speaker = "author@colloquium.example";
    int before = Mails.to(catcher.server(), speaker).size();
    Page preview = organiser.get(MANAGE + "/publish");
    // Both talks that swapped places start elsewhere: the page says who will be written to.
    Element notice = preview.document().getElementById("speakers-to-mail");
    assertNotNull(notice, preview.text());
    assertTrue(
        notice.text().matches("Publishing sends (one person a mail|\\d+ people a mail each):.*"),
        notice.text());
    Page published =
        organiser.submit(
            preview, "publish", Map.of("changelog", "Talks swapped."), "publishButton");
    assertTrue(
        published.infos().stream().anyMatch(i -> i.matches("Release \\d+ is published\\.")),
        published.text());

    List<MimeMessage> mails =
        Mails.awaitFor(catcher.server(), speaker, before + 1, Duration.ofSeconds(30));
    Thread.sleep(1500);
    assertEquals(
        before + 1,
        Mails.to(catcher.server(), speaker).size(),
        "one mail per speaker and release, however many of their talks moved");
    MimeMessage mail = mails.get(mails.size() - 1);
    assertTrue(
        Mails.subject(mail).matches("(Programme change|Schimbare în program): .+"),
        Mails.subject(mail));
    String text = ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent().toString();
    assertTrue(text.contains(SANCTIONS), text);
    String ics = Mails.calendarOf(mail);
    assertTrue(ics.contains("METHOD:PUBLISH"), ics);
    assertTrue(ics.contains("UID:contribution-"), ics);
    assertTrue(ics.contains("SEQUENCE:"), ics);

    // The administrator's outbox names the file the mail carried.
    Page outbox = DemoUsers.ADMINISTRATOR.signedIn().get("/admin/outbox");
    assertTrue(
        outbox.document().select(".mail-attachment code").text().contains(".ics"), outbox.text());
  }

  /**
   * A signed-in visitor's stars are kept for the account (the programme's script sends them whole
   * after every change): read back in another session; anonymous visitors are sent to sign in, and
   * a post from another site is refused.
   */
  @Test
  @Order(44)
  void aSignedInVisitorsStarsFollowThemFromOneBrowserToTheNext() {
    String agenda = "/events/" + SLUG + "/programme/agenda";
    WebClient laptop = DemoUsers.ATTENDEE.signedIn();
    Page programme = laptop.get(PUBLIC);
    assertNotNull(
        programme.document().getElementById("agenda-sync"), "the page syncs for the signed-in");
    List<String> ids =
        programme.document().select("[data-contribution]").stream()
            .limit(2)
            .map(e -> e.attr("data-contribution"))
            .sorted(java.util.Comparator.comparingLong(Long::parseLong))
            .toList();
    assertEquals(2, ids.size(), programme.text());
    // Typos and ids of no contribution of the event (another event's, made up) are dropped.
    Page kept = laptop.post(agenda, Map.of("c", String.join(",", ids) + ",x,0,999999999"));
    assertEquals(200, kept.status(), kept.text());
    String expected = "{\"contributions\":[" + String.join(",", ids) + "]}";
    assertEquals(expected, kept.body());
    assertEquals("no-store", kept.headers().firstValue("Cache-Control").orElse(""));

    WebClient phone = DemoUsers.ATTENDEE.signedIn();
    assertEquals(expected, phone.get(agenda).body());
    assertEquals(403, phone.post(agenda, Map.of("c", ""), "https://elsewhere.example").status());
    assertEquals(expected, phone.get(agenda).body(), "unchanged by the other site");
    // The organisers see on the session's page how many starred each talk (the draft weighs it).
    String sessionPath =
        phone
            .get(PUBLIC + "/contributions/" + ids.get(0))
            .document()
            .selectFirst("a[href*=/programme/sessions/]")
            .attr("href");
    String sessionId = sessionPath.substring(sessionPath.lastIndexOf('/') + 1);
    Page session = DemoUsers.ORGANISER.signedIn().get(MANAGE + "/sessions/" + sessionId);
    Element row =
        session.document().select("#order tbody tr").stream()
            .filter(tr -> tr.selectFirst("a[href$=/contributions/" + ids.get(0) + "]") != null)
            .findFirst()
            .orElseThrow(() -> new AssertionError(session.text()));
    assertEquals("1", row.select("td").get(3).text(), row.text());

    Page emptied = phone.post(agenda, Map.of("c", ""));
    assertEquals("{\"contributions\":[]}", emptied.body());

    WebClient anonymous = new WebClient();
    assertNull(
        anonymous.get(PUBLIC).document().getElementById("agenda-sync"),
        "the shared page has no account to sync with");
    Page signIn = anonymous.getWithoutRedirect(agenda);
    assertEquals(302, signIn.status());
    assertTrue(
        signIn.headers().firstValue("Location").orElse("").contains("/sign-in"),
        signIn.headers().toString());
  }

  /**
   * The authors of #1 keep its abstract and their affiliations out of the public programme: their
   * choice waits for the next release (the published one is never rewritten), then the web page,
   * the API and the feeds agree; nobody else sees the choice. Put back as the demo had it.
   */
  @Test
  @Order(45)
  void authorsDecideWhetherTheirAbstractAndAffiliationsArePublished() {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    String submission = MySubmissions.pageOf(author, SLUG, 1);
    Page page = author.get(submission);
    Element section = page.document().getElementById("publication");
    assertNotNull(section, page.text());
    assertTrue(
        page.document().getElementById("publicationChoice:abstractPublished").hasAttr("checked"),
        "published unless the authors say otherwise");
    Page saved =
        author.submit(
            page,
            "publicationChoice",
            Map.of(),
            java.util.Set.of("abstractPublished", "affiliationsPublished"),
            "save");
    assertTrue(
        saved.infos().stream().anyMatch(i -> i.startsWith("Saved. The public programme follows")),
        saved.text());
    assertFalse(
        saved.document().getElementById("publicationChoice:abstractPublished").hasAttr("checked"));
    assertFalse(
        saved
            .document()
            .getElementById("publicationChoice:affiliationsPublished")
            .hasAttr("checked"));
    assertTrue(saved.text().contains("Last chosen on"), saved.text());

    // Nobody else sees or changes it: not another author, not the organisers.
    for (WebClient other : List.of(DemoUsers.ATTENDEE.signedIn(), DemoUsers.ORGANISER.signedIn())) {
      assertNull(other.get(submission).document().getElementById("publication"));
    }

    WebClient visitor = new WebClient();
    String contributionPath =
        visitor.get(PUBLIC).document().selectFirst("a:containsOwn(" + SANCTIONS + ")").attr("href");
    assertTrue(
        visitor.get(contributionPath).text().contains("oil price cap"),
        "the published release stays as it was until the next");

    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    publish(organiser, "Abstract withheld at its authors' request.");
    Page withheld = visitor.get(contributionPath);
    assertFalse(withheld.text().contains("oil price cap"), withheld.text());
    assertTrue(
        withheld.text().contains("The authors chose not to publish the abstract."),
        withheld.text());
    assertTrue(withheld.text().contains("Andrei Țurcanu"), "the speakers stay");
    assertFalse(withheld.text().contains("Moldova State University"), withheld.text());
    String api = visitor.get("/api/v1/events/" + SLUG + "/programme").body();
    assertFalse(api.contains("oil price cap"), "the API gives the same release");
    String ics =
        new String(
            visitor.getBytes("/events/" + SLUG + "/programme.ics").body(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertFalse(ics.contains("oil price cap"), "and so does the calendar");

    Page again = author.get(submission);
    author.submit(
        again,
        "publicationChoice",
        Map.of("abstractPublished", "on", "affiliationsPublished", "on"),
        "save");
    publish(organiser, "Abstract published again.");
    assertTrue(visitor.get(contributionPath).text().contains("oil price cap"));
  }

  /**
   * A session moved by the next release: its chair (given with an address) gets one mail naming the
   * session, with its calendar entry; its talks, which start when they did, mail nobody. Put back
   * as the demo had it.
   */
  @Test
  @Order(46)
  void theChairOfAMovedSessionIsTold() throws Exception {
    String session = "European path of Ukraine and the Republic of Moldova";
    String chair = "organiser@colloquium.example";
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String sessionPath =
        organiser.get(MANAGE).document().selectFirst("a:containsOwn(" + session + ")").attr("href");
    Page form = organiser.get(sessionPath);
    String end = form.fieldValue("session:end");
    int before = Mails.to(catcher.server(), chair).size();

    Page shortened = organiser.submit(form, "session", Map.of("end", "12:50"), "save");
    assertEquals(200, shortened.status(), shortened.text());
    publish(organiser, "The European session ends at 12:50.");
    List<MimeMessage> mails =
        Mails.awaitFor(catcher.server(), chair, before + 1, Duration.ofSeconds(30));
    MimeMessage mail = mails.get(mails.size() - 1);
    String text = ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent().toString();
    assertTrue(text.contains("“" + session + "” (a session you chair)"), text);
    assertTrue(text.contains("11:30–12:50"), text);
    assertTrue(Mails.calendarOf(mail).contains("UID:session-"), Mails.calendarOf(mail));

    organiser.submit(organiser.get(sessionPath), "session", Map.of("end", end), "save");
    publish(organiser, "The European session ends as before.");
  }

  private static void publish(WebClient organiser, String changelog) {
    Page preview = organiser.get(MANAGE + "/publish");
    Page published =
        organiser.submit(preview, "publish", Map.of("changelog", changelog), "publishButton");
    assertTrue(
        published.infos().stream().anyMatch(i -> i.matches("Release \\d+ is published\\.")),
        published.text());
  }

  @Test
  @Order(41)
  void aSessionFormThatIsWrongKeepsWhatWasTyped() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page form = organiser.get(MANAGE + "/sessions/new");
    assertEquals(200, form.status());

    Page refused =
        organiser.submit(
            form,
            "session",
            Map.of("title", "Sesiune specială", "start", "25:99", "end", "10:00"),
            "save");

    assertTrue(refused.fieldError("session:start").contains("25:99"), refused.text());
    assertEquals("Sesiune specială", refused.fieldValue("session:title"));
  }

  @Test
  @Order(5)
  void aChairWhoSpeaksInAParallelSessionBlocksPublishingUntilFixed() {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page editor = organiser.get(MANAGE);
    assertEquals(200, editor.status());
    assertTrue(editor.text().contains("Aula Magna"), editor.text());
    assertTrue(editor.document().select("#warning-list .warning-block").isEmpty(), editor.text());

    // Where #1 is, by its keyboard form: its session and place, to give back at the end.
    String contributionPath =
        editor.document().selectFirst("a:containsOwn(" + SANCTIONS + ")").attr("href");
    Page contribution = organiser.get(contributionPath);
    String session =
        contribution.document().select("#contribution\\:sessionId option[selected]").val();
    String position = contribution.fieldValue("contribution:position");
    assertFalse(session.isEmpty(), "#1 is in a session");
    String when = contribution.document().selectFirst("dl.facts").text();

    // A session at the same time in the online room, chaired by #1's speaker.
    String day =
        when.contains("9 November")
            ? "2023-11-09"
            : when.contains("10 November") ? "2023-11-10" : "2023-11-11";
    java.util.regex.Matcher times =
        java.util.regex.Pattern.compile("(\\d\\d:\\d\\d)–(\\d\\d:\\d\\d)").matcher(when);
    assertTrue(times.find(), when);
    Page form = organiser.get(MANAGE + "/sessions/new");
    String online =
        form.document().select("#session\\:roomId option").stream()
            .filter(o -> o.text().equals("Online"))
            .findFirst()
            .orElseThrow()
            .val();
    Page added =
        organiser.submit(
            form,
            "session",
            Map.of(
                "kind",
                "SESSION",
                "title",
                "Clashing session",
                "roomId",
                online,
                "day",
                day,
                "start",
                times.group(1),
                "end",
                times.group(2),
                "chairs",
                "Andrei Țurcanu <author@colloquium.example>"),
            "save");
    assertEquals(200, added.status(), added.text());
    assertEquals("Clashing session", added.heading(), added.text());

    editor = organiser.get(MANAGE);
    String warnings = editor.document().select("#warning-list .warning-block").text();
    assertTrue(warnings.contains("Andrei Țurcanu is in two places at once"), editor.text());
    Page publish = organiser.get(MANAGE + "/publish");
    assertTrue(publish.text().contains("What stops publishing"), publish.text());
    assertTrue(
        publish.document().selectFirst("#publish\\:publishButton").hasAttr("disabled"),
        "the button is off while something blocks");

    // The fix: the clashing session goes; #1 stays where it was.
    Page removed =
        organiser.submit(organiser.get(added.path()), "remove", Map.of(), "removeButton");
    assertEquals(200, removed.status(), removed.text());
    Page back = organiser.get(contributionPath);
    assertEquals(
        session, back.document().select("#contribution\\:sessionId option[selected]").val());
    assertEquals(position, back.fieldValue("contribution:position"));

    publish = organiser.get(MANAGE + "/publish");
    assertFalse(publish.document().selectFirst("#publish\\:publishButton").hasAttr("disabled"));
    Page published =
        organiser.submit(
            publish, "publish", Map.of("changelog", "Checked after a clash."), "publishButton");
    assertTrue(
        published.infos().stream().anyMatch(i -> i.matches("Release \\d+ is published\\.")),
        published.text());

    Page releases = new WebClient().get(PUBLIC + "/releases");
    assertTrue(releases.text().contains("Checked after a clash."), releases.text());
    assertTrue(new WebClient().get(PUBLIC).text().contains(SANCTIONS));
  }

  @Test
  @Order(7)
  void theAutomaticDraftRunsInTheBackgroundAndFillsTheWorkInProgressWhenApplied()
      throws InterruptedException {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page page = organiser.get(MANAGE + "/draft");
    assertEquals(200, page.status(), page.text());
    Page started = organiser.submit(page, "draft", Map.of("seconds", "3"), "start");
    assertTrue(
        started.infos().contains("The draft is queued; it starts within a few seconds."),
        started.text());
    assertTrue(
        started.document().selectFirst("#draft\\:start").hasAttr("disabled"),
        "one draft at a time");

    Page finished = started;
    for (int i = 0; i < 60 && !finished.text().contains("Finished"); i++) {
      Thread.sleep(1000);
      finished = organiser.get(MANAGE + "/draft");
    }
    assertTrue(finished.text().contains("contributions placed"), finished.text());
    Page applied = organiser.submit(finished, "status", Map.of(), "apply");
    assertTrue(
        applied.infos().stream().anyMatch(i -> i.endsWith("placed as the draft proposed.")),
        applied.text());
    Page editor = organiser.get(MANAGE);
    assertTrue(
        editor.document().select("#warning-list .warning-block").isEmpty(),
        "the draft breaks no rule: " + editor.document().select("#warning-list").text());
    assertTrue(new WebClient().get(PUBLIC).text().contains(SANCTIONS), "the release is untouched");
  }

  @Test
  @Order(6)
  void onlyTheEventsOrganisersReachTheEditor() {
    assertEquals(403, DemoUsers.AUTHOR.signedIn().getWithoutRedirect(MANAGE).status());
    assertEquals(302, new WebClient().getWithoutRedirect(MANAGE).status());
  }
}
