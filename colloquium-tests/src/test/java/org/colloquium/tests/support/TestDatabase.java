package org.colloquium.tests.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every integration test run a database of its own, before Arquillian starts the server: a
 * fresh H2 file under target/, or (with -Ppostgresql) a new database on 127.0.0.1:5432 that is
 * dropped when the run ends. The server learns the database through system properties that
 * arquillian.xml passes on.
 */
public class TestDatabase implements LauncherSessionListener {

  private String postgresDatabase;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("colloquium.it")
        || System.getProperty("colloquium.it.db.url") != null) {
      return;
    }
    String run = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    if ("postgresql".equals(System.getProperty("colloquium.it.database"))) {
      postgresDatabase = "colloquium_it_" + run;
      execute("create database " + postgresDatabase + " encoding 'UTF8' template template0");
      System.setProperty("colloquium.it.db.driver", "postgresql");
      System.setProperty(
          "colloquium.it.db.url",
          System.getProperty("colloquium.it.postgresql.url") + postgresDatabase);
      System.setProperty(
          "colloquium.it.db.user", System.getProperty("colloquium.it.postgresql.user"));
      System.setProperty("colloquium.it.db.password", "unused-with-trust-auth");
    } else {
      String directory = System.getProperty("colloquium.it.directory", "target");
      System.setProperty("colloquium.it.db.driver", "h2");
      System.setProperty(
          "colloquium.it.db.url",
          "jdbc:h2:file:" + directory + "/it-db/colloquium-" + run + ";DB_CLOSE_ON_EXIT=FALSE");
      System.setProperty("colloquium.it.db.user", "sa");
      System.setProperty("colloquium.it.db.password", "sa");
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (postgresDatabase != null) {
      // WITH (FORCE): the server may still hold pooled connections while it shuts down.
      execute("drop database if exists " + postgresDatabase + " with (force)");
    }
  }

  /** Runs {@code sql} on the server's maintenance database (creating and dropping databases). */
  public static void execute(String sql) {
    String url = System.getProperty("colloquium.it.postgresql.url") + "postgres";
    try (Connection connection =
            DriverManager.getConnection(
                url, System.getProperty("colloquium.it.postgresql.user"), "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL on " + url + ": " + sql + " failed", e);
    }
  }
}
