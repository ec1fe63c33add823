package org.colloquium.kernel.health;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether the database answers: one question for the management port's readiness and the public
 * port's /health, so that both say the same. Free of MicroProfile types, so the web module can use
 * it without compiling against them.
 */
public final class DatabaseCheck {

  /** Seconds a validity check may take before the node counts as cut off. */
  public static final int TIMEOUT_SECONDS = 2;

  private DatabaseCheck() {}

  /** Whether the database gives a valid connection within {@link #TIMEOUT_SECONDS}. */
  public static boolean answers(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
