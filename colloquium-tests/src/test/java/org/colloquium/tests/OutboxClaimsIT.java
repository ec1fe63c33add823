package org.colloquium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.colloquium.kernel.mail.domain.OutboxRepository;
import org.colloquium.kernel.persistence.DatabaseMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Several nodes run the mail sender at once: the claim statement must hand each due mail to one
 * sender only, and must not make a sender wait for another's locks. Runs the real statement and the
 * real migrations on the suite's database (H2, or PostgreSQL with -Ppostgresql), from two
 * connections at once.
 */
class OutboxClaimsIT {

  private static final int DUE = 30;
  private static final int BATCH = 20;

  private static DataSource database;
  private static String postgresDatabase;

  @BeforeAll
  static void migrate() throws SQLException {
    if ("postgresql".equals(System.getProperty("colloquium.it.database"))) {
      postgresDatabase = "colloquium_claims_" + System.currentTimeMillis();
      admin("create database " + postgresDatabase);
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(System.getProperty("colloquium.it.postgresql.url") + postgresDatabase);
      pg.setUser(System.getProperty("colloquium.it.postgresql.user"));
      database = pg;
    } else {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:claims;DB_CLOSE_DELAY=-1");
      database = h2;
    }
    DatabaseMigration.migrate(database);
  }

  @AfterAll
  static void drop() throws SQLException {
    if (postgresDatabase != null) {
      admin("drop database if exists " + postgresDatabase + " with (force)");
    }
  }

  @BeforeEach
  void queueDueMails() throws SQLException {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("delete from mail_outbox");
      OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into mail_outbox (id, message_id, template, recipient_email, subject, body,"
                  + " state, attempts, created_at, retry_window_started_at, next_attempt_at)"
                  + " values (?, ?, 't', ?, 's', 'b', 'PENDING', 0, ?, ?, ?)")) {
        for (int i = 1; i <= DUE; i++) {
          insert.setLong(1, i);
          insert.setString(2, "<" + i + "@claims.test>");
          insert.setString(3, "r" + i + "@claims.test");
          insert.setObject(4, due);
          insert.setObject(5, due);
          insert.setObject(6, due.plusNanos(i * 1000L));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  @Test
  void twoSendersClaimDisjointMailsWithoutWaitingForEachOther() throws Exception {
    try (Connection first = database.getConnection();
        Connection second = database.getConnection()) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);

      List<Long> firstClaim = claim(first);
      // The second sender runs while the first still holds its row locks.
      List<Long> secondClaim =
          CompletableFuture.supplyAsync(() -> claimUnchecked(second)).get(10, TimeUnit.SECONDS);

      assertEquals(BATCH, firstClaim.size());
      Set<Long> overlap = new HashSet<>(firstClaim);
      overlap.retainAll(secondClaim);
      assertTrue(overlap.isEmpty(), () -> "claimed twice: " + overlap);
      if (postgresDatabase != null) {
        // PostgreSQL skips the locked rows and fills the batch from the rest. H2 applies the row
        // limit before skipping, so there the second sender finds nothing until the first
        // commits: slower, never wrong (and several nodes always run on PostgreSQL).
        assertEquals(DUE - BATCH, secondClaim.size(), "the rest, not the rows the first one holds");
      }
      first.commit();
      second.commit();
    }
  }

  @Test
  void mailsAreClaimedOldestFirstAndNotBeforeTheyAreDue() throws Exception {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "update mail_outbox set next_attempt_at = next_attempt_at + interval '1' hour"
              + " where id > 5");
      c.setAutoCommit(false);
      assertEquals(List.of(1L, 2L, 3L, 4L, 5L), claim(c));
      c.rollback();
    }
  }

  private static List<Long> claim(Connection connection) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement(OutboxRepository.lockDueStatement(BATCH))) {
      OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
      lock.setObject(1, now);
      lock.setObject(2, now);
      List<Long> ids = new ArrayList<>();
      try (ResultSet rows = lock.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      assertTrue(ids.size() <= BATCH);
      return ids;
    }
  }

  private static List<Long> claimUnchecked(Connection connection) {
    try {
      return claim(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("colloquium.it.postgresql.url") + "postgres",
                System.getProperty("colloquium.it.postgresql.user"),
                "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
