package org.colloquium.tests.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * "A page of 50 out of 20,000 submissions renders in under 300 ms": loads 20,000 submissions (two
 * authors each) into the annual conference on PostgreSQL with one SQL statement per table, then
 * asks for the organisers' table with 50 rows, unfiltered and with a search, as the demo organiser.
 * The time is measured at the client over the loopback interface, so it is an upper bound of the
 * server's time. Runs only with {@code -Pbench} (which implies PostgreSQL); the numbers go to
 * target/bench/submission-table.txt and docs/performance.md.
 */
class SubmissionTableBenchmarkIT extends DeployedApplication {

  static final int SUBMISSIONS = 20_000;
  static final long LIMIT_MS = 300;

  private static final String TABLE = "/manage/events/annual-conference-iii/submissions";

  @BeforeAll
  static void load() throws SQLException {
    // The server has loaded the demo data by now (Arquillian deployed before this runs).
    try (Connection db = BenchRequests.connect()) {
      long event =
          BenchRequests.single(db, "select id from event where slug = 'annual-conference-iii'");
      long author =
          BenchRequests.single(
              db, "select id from account where email = 'author@colloquium.example'");
      long track = BenchRequests.single(db, "select min(id) from track where event_id = " + event);
      long type =
          BenchRequests.single(
              db, "select min(id) from presentation_type where event_id = " + event);
      // Ids far above the sequences' blocks, numbers after the demo's.
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into submission (id, version, event_id, number, submitter_id, state, title,"
                  + " abstract_text, keywords, track_id, presentation_type_id, language,"
                  + " idempotency_key, search_text, created_at, updated_at, submitted_at)"
                  + " select 10000000 + g, 0, ?, 100 + g, ?, 'SUBMITTED',"
                  + " 'Benchmark submission ' || g || ': energy, security and Științe sociale',"
                  + " repeat('An abstract about the war and its consequences. ', 20),"
                  + " 'energy' || chr(10) || 'security', ?, ?, 'en', 'bench-' || g,"
                  + " 'benchmark submission ' || g || ' energy security stiinte sociale',"
                  + " now() - (g || ' seconds')::interval, now(),"
                  + " now() - (g || ' seconds')::interval"
                  + " from generate_series(1, ?) g")) {
        insert.setLong(1, event);
        insert.setLong(2, author);
        insert.setLong(3, track);
        insert.setLong(4, type);
        insert.setInt(5, SUBMISSIONS);
        insert.executeUpdate();
      }
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into submission_author (id, submission_id, position, full_name, email,"
                  + " affiliation, country, presenting, may_edit)"
                  + " select 20000000 + 2 * g + p, 10000000 + g, p + 1,"
                  + " case p when 0 then 'Ana Căpățînă ' || g else 'Тарас Коваленко ' || g end,"
                  + " 'bench' || g || '-' || p || '@colloquium.example', 'University of Bucharest',"
                  + " case p when 0 then 'RO' else 'UA' end, case p when 0 then 'Y' end, false"
                  + " from generate_series(1, ?) g, generate_series(0, 1) p")) {
        insert.setInt(1, SUBMISSIONS);
        insert.executeUpdate();
      }
      try (var analyse = db.createStatement()) {
        analyse.execute("analyze submission");
        analyse.execute("analyze submission_author");
      }
    }
  }

  @Test
  void aPageOfFiftyOutOfTwentyThousandRendersInUnder300Milliseconds() throws IOException {
    WebClient organiser = DemoUsers.ORGANISER.signedIn();
    Page first = organiser.get(TABLE + "?size=50");
    assertEquals(200, first.status());
    assertEquals(50, first.document().select("tbody tr[data-ri]").size());
    assertTrue(
        first.text().contains("20,010 submitted"),
        first.document().select("#submission-counts").text());

    List<String> report = new ArrayList<>();
    long unfiltered = BenchRequests.median(organiser, TABLE + "?size=50", report);
    long search = BenchRequests.median(organiser, TABLE + "?size=50&q=stiinte&country=UA", report);
    long submittedOnly =
        BenchRequests.median(organiser, TABLE + "?size=50&state=SUBMITTED", report);
    BenchRequests.write("submission-table.txt", report);
    assertTrue(unfiltered < LIMIT_MS, () -> String.join("\n", report));
    assertTrue(search < LIMIT_MS, () -> String.join("\n", report));
    assertTrue(submittedOnly < LIMIT_MS, () -> String.join("\n", report));
  }
}
