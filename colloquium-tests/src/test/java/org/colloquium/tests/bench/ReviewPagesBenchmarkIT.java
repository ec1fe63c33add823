package org.colloquium.tests.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.tests.support.DemoUsers;
import org.colloquium.tests.support.DeployedApplication;
import org.colloquium.tests.support.Page;
import org.colloquium.tests.support.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "The reviewer's list and the organiser's dashboard: a page of 50 out of 20,000 submissions with
 * 60,000 reviews renders in under 300 ms". Loads into the demo's past conference 20,000 submitted
 * submissions, 300 reviewers, three assignments and three submitted reviews (with an answer) per
 * submission, 50 of them the demo reviewer's, with one SQL statement per table; then asks, 40 times
 * after 15 warm-up requests, for the organisers' decision dashboard (its first page of 50) and for
 * the demo reviewer's page of the event. Times are taken at the client over the loopback interface.
 * Runs only with {@code -Pbench} (PostgreSQL); the numbers go to target/bench/review-pages.txt and
 * docs/performance.md. Reports, and fails above the limit.
 */
class ReviewPagesBenchmarkIT extends DeployedApplication {

  static final int SUBMISSIONS = 20_000;
  static final int REVIEWERS = 300;
  static final int REVIEWS_EACH = 3;
  static final int THE_REVIEWERS_OWN = 50;
  static final long LIMIT_MS = 300;

  private static final String SLUG = "20-months-after";

  @BeforeAll
  static void load() throws SQLException {
    try (Connection db = BenchRequests.connect()) {
      long event = BenchRequests.single(db, "select id from event where slug = '" + SLUG + "'");
      long author =
          BenchRequests.single(
              db, "select id from account where email = 'author@colloquium.example'");
      long reviewer =
          BenchRequests.single(
              db, "select id from account where email = 'reviewer@colloquium.example'");
      long track = BenchRequests.single(db, "select min(id) from track where event_id = " + event);
      long type =
          BenchRequests.single(
              db, "select min(id) from presentation_type where event_id = " + event);
      // Ids far above the sequences' blocks and the other benchmark's rows.
      BenchRequests.update(
          db,
          "insert into account (id, email, password_hash, full_name, affiliation, country,"
              + " preferred_language, email_verified_at, created_at)"
              + " select 40000000 + g, 'bench-reviewer-' || g || '@colloquium.example', 'x',"
              + " 'Recenzent Științific ' || g, 'University ' || g, 'RO', 'EN', now(), now()"
              + " from generate_series(1, ?) g",
          REVIEWERS);
      BenchRequests.update(
          db,
          "insert into event_member (id, event_id, account_id, role, granted_at)"
              + " select 40000000 + g, ?, 40000000 + g, 'REVIEWER', now()"
              + " from generate_series(1, ?) g",
          event,
          REVIEWERS);
      BenchRequests.update(
          db,
          "insert into submission (id, version, event_id, number, submitter_id, state, title,"
              + " abstract_text, keywords, track_id, presentation_type_id, language,"
              + " idempotency_key, search_text, created_at, updated_at, submitted_at)"
              + " select 30000000 + g, 0, ?, 100 + g, ?, 'SUBMITTED',"
              + " 'Reviewed submission ' || g || ': sanctions and Științe politice',"
              + " repeat('An abstract about the war and its consequences. ', 20),"
              + " 'sanctions' || chr(10) || 'security', ?, ?, 'en', 'bench-review-' || g,"
              + " 'reviewed submission ' || g || ' sanctions stiinte politice',"
              + " now(), now(), now() from generate_series(1, ?) g",
          event,
          author,
          track,
          type,
          SUBMISSIONS);
      BenchRequests.update(
          db,
          "insert into submission_author (id, submission_id, position, full_name, email,"
              + " affiliation, country, presenting, may_edit)"
              + " select 50000000 + g, 30000000 + g, 1, 'Ana Căpățînă ' || g,"
              + " 'bench-author-' || g || '@colloquium.example', 'University of Bucharest', 'RO',"
              + " 'Y', false from generate_series(1, ?) g",
          SUBMISSIONS);
      // Reviewer k of submission g: the demo reviewer first for the first 50, then the bench
      // reviewers in turn (three different ones per submission).
      String reviewerOf =
          "case when k = 0 and g <= "
              + THE_REVIEWERS_OWN
              + " then "
              + reviewer
              + " else 40000001 + ((g * 3 + k) % "
              + REVIEWERS
              + ") end";
      BenchRequests.update(
          db,
          "insert into review_assignment (id, event_id, submission_id, account_id, state, source,"
              + " assigned_at) select 60000000 + g * 3 + k, ?, 30000000 + g, "
              + reviewerOf
              + ", 'ASSIGNED', 'AUTOMATIC', now() - interval '20 days'"
              + " from generate_series(1, ?) g, generate_series(0, 2) k",
          event,
          SUBMISSIONS);
      BenchRequests.update(
          db,
          "insert into review (id, assignment_id, event_id, submission_id, account_id, state,"
              + " weighted_score, confidence, updated_at, submitted_at)"
              + " select 70000000 + g * 3 + k, 60000000 + g * 3 + k, ?, 30000000 + g, "
              + reviewerOf
              + ", 'SUBMITTED', ((g * 7 + k * 13) % 101), 1 + ((g + k) % 4),"
              + " now() - ((g % 15) || ' days')::interval, now() - ((g % 15) || ' days')::interval"
              + " from generate_series(1, ?) g, generate_series(0, 2) k",
          event,
          SUBMISSIONS);
      BenchRequests.update(
          db,
          "insert into review_answer (review_id, field_key, answer)"
              + " select 70000000 + g * 3 + k, 'overall', (1 + (g + k) % 5)::text"
              + " from generate_series(1, ?) g, generate_series(0, 2) k",
          SUBMISSIONS);
      try (var analyse = db.createStatement()) {
        for (String table :
            List.of(
                "account",
                "event_member",
                "submission",
                "submission_author",
                "review_assignment",
                "review",
                "review_answer")) {
          analyse.execute("analyze " + table);
        }
      }
    }
  }

  @Test
  void theDashboardAndTheReviewersPageWithTwentyThousandSubmissions()
      throws IOException, InterruptedException {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    String dashboard = "/manage/events/" + SLUG + "/reviews/decisions";
    Page first = organiser.get(dashboard);
    assertEquals(200, first.status());
    assertEquals(50, first.document().select("#dashboard tbody tr").size(), first.text());

    WebClient reviewer = DemoUsers.REVIEWER.signedIn();
    String desk = "/review/events/" + SLUG;
    Page own = reviewer.get(desk);
    assertEquals(200, own.status());
    assertTrue(own.document().select("#assigned tbody tr").size() >= THE_REVIEWERS_OWN, own.text());
    assertEquals(50, own.document().select("#bids tbody tr").size(), "a page of the bids");
    assertTrue(own.document().selectFirst("a[rel=next]") != null, "and the next one");

    List<String> report = new ArrayList<>();
    long board = BenchRequests.median(organiser, dashboard, report);
    long list = BenchRequests.median(reviewer, desk, report);
    // The same bytes from nginx, in the same run: what this machine's loopback and client cost.
    long reference = BenchRequests.nginxMedian("dashboard", first.body(), report);
    if (reference >= 0) {
      report.add(
          String.format(
              "against nginx: dashboard %.0f times, reviewer's page %.0f times",
              board / (double) Math.max(1, reference), list / (double) Math.max(1, reference)));
    }
    BenchRequests.write("review-pages.txt", report);
    assertTrue(board < LIMIT_MS, () -> String.join("\n", report));
    assertTrue(list < LIMIT_MS, () -> String.join("\n", report));
  }
}
