package org.colloquium.kernel.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.colloquium.kernel.persistence.PersistenceUnit;

/**
 * Whose turn it is to run a job that one node of a cluster runs per period ({@link
 * TimedJob#oncePerCluster()}): the first node whose run comes due moves the job's {@code next_at}
 * forward with a conditional UPDATE and runs it; the others find the row already moved and skip
 * their run. Plain JDBC in autocommit, outside any transaction: the turn is taken at once, whatever
 * the run then does, and a failed insert does not spoil a PostgreSQL transaction.
 */
@ApplicationScoped
public class JobTurns {

  /** The SQLState of a unique violation, on PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  @Resource(lookup = PersistenceUnit.DATASOURCE)
  DataSource dataSource;

  Clock clock = Clock.systemUTC();

  /** Whether this node takes the turn of {@code job}, which runs every {@code period}. */
  public boolean take(String job, Duration period) {
    try (Connection connection = dataSource.getConnection()) {
      return take(connection, job, period, clock.instant(), ClaimTokens.node());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the turn of job " + job, e);
    }
  }

  /**
   * Takes the turn on {@code connection} (autocommit) if it is due at {@code now}: the next turn is
   * then due a little before one period from now, so that the node that ran it, whose scheduler
   * comes back a period after the run ended, finds it due and keeps the rhythm.
   */
  static boolean take(Connection connection, String job, Duration period, Instant now, String node)
      throws SQLException {
    Timestamp next = Timestamp.from(now.plus(period).minus(slack(period)));
    try (PreparedStatement update =
        connection.prepareStatement(
            "update timed_job_turn set next_at = ?, taken_by = ?, taken_at = ?"
                + " where name = ? and next_at <= ?")) {
      update.setTimestamp(1, next);
      update.setString(2, node);
      update.setTimestamp(3, Timestamp.from(now));
      update.setString(4, job);
      update.setTimestamp(5, Timestamp.from(now));
      if (update.executeUpdate() == 1) {
        return true;
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into timed_job_turn (name, next_at, taken_by, taken_at) values (?, ?, ?, ?)")) {
      insert.setString(1, job);
      insert.setTimestamp(2, next);
      insert.setString(3, node);
      insert.setTimestamp(4, Timestamp.from(now));
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false; // the row is there: another node holds the turn
      }
      throw e;
    }
  }

  /**
   * A twentieth of the period: an hour and twelve minutes of a day, thirty seconds of ten minutes.
   */
  static Duration slack(Duration period) {
    return period.dividedBy(20);
  }
}
