package org.colloquium.kernel.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The turns of the once-per-cluster jobs, through the kernel's migrations on H2. */
class JobTurnsTest {

  private static final Duration DAY = Duration.ofDays(1);
  private static final Instant T0 = Instant.parse("2026-12-05T03:00:00Z");
  private static JdbcDataSource dataSource;

  @BeforeAll
  static void migrate() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:job-turns;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("sa");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  private static boolean take(String job, Instant at, String node) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return JobTurns.take(c, job, DAY, at, node);
    }
  }

  @Test
  void oneNodeRunsADailyJobPerDayAndTheNextDayWhoeverComesFirst() throws SQLException {
    assertTrue(take("files", T0, "node1"), "the first turn ever");
    assertFalse(take("files", T0.plusSeconds(1), "node2"), "node2 a second later");
    assertFalse(take("files", T0.plus(Duration.ofHours(20)), "node2"), "still today's turn");
    // node1's scheduler comes back a day after its run ended: its turn, although slightly early.
    assertTrue(take("files", T0.plus(DAY).plusSeconds(5), "node1"));
    assertFalse(take("files", T0.plus(DAY).plusSeconds(600), "node2"));
    // node1 died: node2's next daily run finds the turn due.
    assertTrue(take("files", T0.plus(DAY.multipliedBy(2)).plusSeconds(600), "node2"));
    assertEquals("node2", takenBy("files"));
  }

  @Test
  void eachJobHasItsOwnTurn() throws SQLException {
    assertTrue(take("mail", T0, "node1"));
    assertTrue(take("buckets", T0, "node2"));
    assertFalse(take("mail", T0, "node2"));
  }

  @Test
  void ofNodesTakingTheVeryFirstTurnTogetherExactlyOneRunsIt() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> nodes = new ArrayList<>();
      for (int n = 1; n <= 8; n++) {
        String node = "node" + n;
        nodes.add(() -> take("retention", T0, node));
      }
      int taken = 0;
      for (Future<Boolean> f : pool.invokeAll(nodes)) {
        taken += f.get() ? 1 : 0;
      }
      assertEquals(1, taken);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSlackIsATwentiethOfThePeriod() {
    assertEquals(Duration.ofMinutes(72), JobTurns.slack(DAY));
    assertEquals(Duration.ofSeconds(30), JobTurns.slack(Duration.ofMinutes(10)));
  }

  private static String takenBy(String job) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("select taken_by from timed_job_turn where name = '" + job + "'")) {
      r.next();
      return r.getString(1);
    }
  }
}
