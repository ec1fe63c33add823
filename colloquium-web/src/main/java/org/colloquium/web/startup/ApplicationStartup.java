package org.colloquium.web.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.colloquium.kernel.demo.DemoLoader;
import org.colloquium.kernel.jobs.ApplicationReady;
import org.colloquium.kernel.persistence.DatabaseMigration;
import org.colloquium.kernel.persistence.PersistenceUnit;

/**
 * Runs once per deployment, before the first request: migrate the schema, load the demo data into
 * an empty database, then tell every module that the application is ready ({@link
 * ApplicationReady}): the accounts area creates the configured administrator, and the modules'
 * timed jobs start ({@link org.colloquium.kernel.jobs.TimedJobs}).
 *
 * <p>Bean-managed transactions: Flyway switches auto-commit itself, which a container transaction
 * forbids (IJ031017). The services called afterwards open their own transactions.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ApplicationStartup {

  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  @Resource(lookup = PersistenceUnit.DATASOURCE)
  DataSource dataSource;

  @Inject DemoLoader demo;
  @Inject Event<ApplicationReady> ready;

  @PostConstruct
  void start() {
    LOG.info(() -> "Database: " + describeDatabase());
    // Nodes of a cluster started together take turns here (see StartupLock).
    try (StartupLock turn = StartupLock.take(dataSource)) {
      DatabaseMigration.migrate(dataSource);

      try {
        demo.loadIntoEmptyDatabase();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Demo data not loaded", e);
      }
      if (demo.demoAccountsPresent()) {
        LOG.warning(
            "The demo accounts (password published in README.md) exist in this database. Do not"
                + " run it in production; start production with COLLOQUIUM_DEMO_DATA=false.");
      }
      ready.fire(new ApplicationReady());
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached to start", e);
    }
  }

  private String describeDatabase() {
    try (Connection connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      return meta.getURL()
          + " ("
          + meta.getDatabaseProductName()
          + " "
          + meta.getDatabaseProductVersion()
          + ")";
    } catch (SQLException e) {
      return "unreachable: " + e.getMessage();
    }
  }
}
