package org.colloquium.submissions.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database for tests that run the real statements without a server: the project's Flyway
 * migrations and Hibernate (the version WildFly ships) with every entity of the kernel, events and
 * submissions. An in-memory H2 database, or with {@code -Dcolloquium.test.database=postgresql} (the
 * postgresql profile) a PostgreSQL database of its own, dropped afterwards.
 */
public final class TestDatabase {

  private static final String POSTGRES =
      System.getProperty("colloquium.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String POSTGRES_USER =
      System.getProperty("colloquium.test.postgresql.user", "postgres");

  /**
   * The kernel's entities, as the persistence unit scans them from the kernel's jar; the feature
   * modules' entities come as in the server, through ModuleEntitiesContributor.
   */
  private static final List<String> ENTITIES =
      List.of(
          "org.colloquium.kernel.mail.domain.OutboxMessage",
          "org.colloquium.kernel.account.domain.AccountToken",
          "org.colloquium.kernel.account.domain.Account",
          "org.colloquium.kernel.files.domain.StoredFile");

  private final String url;
  private final String user;
  private final DataSource dataSource;
  private final String postgresName;

  private TestDatabase(String url, String user, DataSource dataSource, String postgresName) {
    this.url = url;
    this.user = user;
    this.dataSource = dataSource;
    this.postgresName = postgresName;
  }

  /** H2, or PostgreSQL when the postgresql profile asks for it. */
  public static TestDatabase create(String name) {
    if ("postgresql".equals(System.getProperty("colloquium.test.database"))) {
      String database = "colloquium_test_" + name + "_" + System.currentTimeMillis();
      admin("create database " + database + " encoding 'UTF8' template template0");
      // A statement waiting for a lock this test's own thread holds would wait for ever.
      String url = POSTGRES + database + "?options=-c%20lock_timeout%3D5000";
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url);
      pg.setUser(POSTGRES_USER);
      return new TestDatabase(url, POSTGRES_USER, pg, database);
    }
    return h2(name);
  }

  /** Always in-memory H2, whatever the profile. */
  public static TestDatabase h2(String name) {
    String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    h2.setPassword("sa");
    return new TestDatabase(url, "sa", h2, null);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Migrates to {@code target} (a version such as "4"), or to the latest when null. */
  public void migrate(String target) {
    var configuration =
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    if (target != null) {
      configuration.target(target);
    }
    configuration.load().migrate();
  }

  public SessionFactory hibernate() {
    return hibernate(Map.of());
  }

  /** Hibernate on this database, with {@code settings} added (statistics, batching, …). */
  public SessionFactory hibernate(Map<String, String> settings) {
    Configuration configuration = new Configuration();
    configuration.setProperty("hibernate.connection.url", url);
    configuration.setProperty("hibernate.connection.username", user);
    configuration.setProperty("hibernate.connection.password", "sa");
    configuration.setProperty("hibernate.hbm2ddl.auto", "none");
    configuration.setProperty("hibernate.jdbc.time_zone", "UTC");
    // No entity has JSON or XML columns; without these Hibernate looks for a JSON-B provider.
    configuration.setProperty("hibernate.type.json_format_mapper", NoFormat.class.getName());
    configuration.setProperty("hibernate.type.xml_format_mapper", NoFormat.class.getName());
    settings.forEach(configuration::setProperty);
    for (String entity : ENTITIES) {
      try {
        configuration.addAnnotatedClass(Class.forName(entity));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return configuration.buildSessionFactory();
  }

  /** Drops a PostgreSQL database; an in-memory H2 one goes with the JVM. */
  public void drop() {
    if (postgresName != null) {
      admin("drop database if exists " + postgresName + " with (force)");
    }
  }

  private static void admin(String sql) {
    try (Connection connection =
            DriverManager.getConnection(POSTGRES + "postgres", POSTGRES_USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL: " + sql + " failed", e);
    }
  }

  /** A format mapper for JSON and XML columns, which no entity has. */
  public static class NoFormat implements FormatMapper {
    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
      throw new UnsupportedOperationException();
    }
  }
}
