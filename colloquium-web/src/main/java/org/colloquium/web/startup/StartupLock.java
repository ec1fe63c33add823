package org.colloquium.web.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes the nodes of a cluster start one at a time: a PostgreSQL advisory lock, held on a
 * connection of its own while a node migrates, loads the demo data and creates the configured
 * administrator, none of which expects a second node doing it at the same moment. Nothing on H2,
 * which belongs to one process anyway.
 */
final class StartupLock implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

  /** Any number of our own: "Colloquium start-up" in ASCII, read as a long. */
  private static final long KEY = 0x436f6c6c5374_7274L;

  private final Connection connection;

  private StartupLock(Connection connection) {
    this.connection = connection;
  }

  static StartupLock take(DataSource dataSource) throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      if (!connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")) {
        connection.close();
        return new StartupLock(null);
      }
      long started = System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        statement.execute("select pg_advisory_lock(" + KEY + ")");
      }
      long waited = (System.nanoTime() - started) / 1_000_000;
      if (waited > 1000) {
        LOG.info(() -> "Waited " + waited + " ms for another node to finish starting");
      }
      return new StartupLock(connection);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public void close() {
    if (connection == null) {
      return;
    }
    // Closing the pooled connection does not end the database session: unlock first.
    try (Connection c = connection;
        Statement statement = c.createStatement()) {
      statement.execute("select pg_advisory_unlock(" + KEY + ")");
    } catch (SQLException e) {
      LOG.warning(() -> "Could not release the start-up lock: " + e.getMessage());
    }
  }
}
