package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.MySubmissions;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The demo's finished review of "20 Months After…" (2023), as its people read it today: the author
 * the decision and the reviews, the organiser every decision sent, the reviewer her own reviews and
 * never the two submissions she is conflicted with. Reads only; other tests may change the annual
 * conference, never this one.
 */
class PastReviewIT extends DeployedApplication {

  private static final String SLUG = "20-months-after";
  private static final String MANAGE = "/manage/events/" + SLUG + "/reviews";
  private static final List<String> REVIEWERS =
      List.of("Олена Шевченко", "Radu Vasilescu", "Natalia Rusu", "Дмитро Гнатюк");

  @Test
  void theAuthorReadsTheDecisionAndTheReviewsWithoutTheReviewersNames() {
    WebClient author = DemoUsers.AUTHOR.signedIn();
    Page page = author.get(MySubmissions.pageOf(author, SLUG, 1));
    Element decision = page.document().selectFirst("#decision");
    assertNotNull(decision, page.text());
    assertTrue(decision.text().contains("Accepted"), decision.text());
    assertTrue(decision.text().contains("separate the effect of the price cap"), decision.text());
    for (String name : REVIEWERS) {
      assertFalse(page.text().contains(name), name + " is not named to the authors");
    }
    assertFalse(page.text().contains("Two lines only"), "confidential comments stay inside");
  }

  @Test
  void theOrganiserSeesEveryDecisionSentWithItsScores() {
    Page decisions = DemoUsers.ORGANISER.signedIn().get(MANAGE + "/decisions");
    assertEquals(200, decisions.status());
    assertEquals("0", decisions.document().selectFirst("#pending").text(), decisions.text());
    for (int number = 1; number <= 12; number++) {
      Element row = decisions.document().selectFirst("#row-" + number);
      assertNotNull(row, "#" + number + ": " + decisions.text());
      assertTrue(row.text().contains("sent to the authors"), row.text());
    }
    assertTrue(decisions.document().selectFirst("#row-10").text().contains("Reject"));
    assertTrue(decisions.document().selectFirst("#row-11").text().contains("poster"));

    // Over time: from the first review of 18 September 2023 to the last, none due since.
    assertTrue(decisions.text().contains("24 of 24 reviews are handed in"), decisions.text());
    var days = decisions.document().select("#over-time tbody tr");
    assertTrue(days.first().text().startsWith("Mon 18 September 2023"), days.first().text());
    assertTrue(days.last().text().endsWith(" 24"), days.last().text());
    assertTrue(days.size() < 10, "ends with the last review, not today: " + days.size());
  }

  @Test
  void everySubmissionHasTwoReviewsAndNoneByAConflictedReviewer() {
    HttpResponse<byte[]> csv = DemoUsers.ORGANISER.signedIn().getBytes(MANAGE + ".csv");
    assertEquals(200, csv.statusCode());
    List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().skip(1).toList();
    assertEquals(24, lines.size(), String.join("\n", lines));
    for (String line : lines) {
      boolean demoReviewer = line.contains("Олена Шевченко");
      assertFalse(
          demoReviewer && (line.startsWith("3,") || line.startsWith("8,")),
          "conflicted pair reviewed: " + line);
    }
  }

  @Test
  void theReviewerReadsHerReviewsButNeverTheSubmissionsSheIsConflictedWith() {
    WebClient reviewer = DemoUsers.REVIEWER.signedIn();
    String desk = "/review/events/" + SLUG;
    Page page = reviewer.get(desk);
    assertEquals(200, page.status());
    var rows = page.document().select("#assigned tbody tr");
    assertEquals(6, rows.size(), page.text());
    for (Element row : rows) {
      assertFalse(row.text().startsWith("#3 ") || row.text().startsWith("#8 "), row.text());
    }
    assertEquals(404, reviewer.get(desk + "/submissions/3").status());
    assertEquals(404, reviewer.get(desk + "/submissions/8").status());
  }
}
