package org.colloquium.web.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.colloquium.kernel.account.application.AdministratorBootstrap;
import org.colloquium.kernel.demo.DemoLoader;
import org.colloquium.kernel.mail.application.OutboxDispatcher;
import org.colloquium.kernel.persistence.DatabaseMigration;
import org.colloquium.kernel.persistence.PersistenceUnit;

/**
 * Runs once per deployment, before the first request: migrate the schema, load the demo data into
 * an empty database, create the configured administrator, start the mail sender's timer.
 *
 * <p>Bean-managed transactions: Flyway switches auto-commit itself, which a container transaction
 * forbids (IJ031017). The services called afterwards open their own transactions.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ApplicationStartup {

  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  /** How often the sender looks for mails to retry or queued on another node. */
  static final long MAIL_SWEEP_MILLIS = 15_000;

  @Resource(lookup = PersistenceUnit.DATASOURCE)
  DataSource dataSource;

  @Resource TimerService timers;

  @Inject AdministratorBootstrap administrator;
  @Inject DemoLoader demo;
  @Inject OutboxDispatcher dispatcher;

  @PostConstruct
  void start() {
    LOG.info(() -> "Database: " + describeDatabase());
    DatabaseMigration.migrate(dataSource);

    try {
      demo.loadIntoEmptyDatabase();
    } catch (RuntimeException e) {
      // Most likely another node loaded it at the same moment; this node must start anyway.
      LOG.log(Level.WARNING, "Demo data not loaded (another node may have loaded it)", e);
    }
    if (demo.demoAccountsPresent()) {
      LOG.warning(
          "The demo accounts (password published in README.md) exist in this database. Do not"
              + " run it in production; start production with COLLOQUIUM_DEMO_DATA=false.");
    }
    administrator.ensureConfiguredAdministrator();

    timers.createIntervalTimer(5_000, MAIL_SWEEP_MILLIS, new TimerConfig("mail-sweep", false));
  }

  @Timeout
  void sweepMail() {
    try {
      dispatcher.dispatchDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "mail sweep failed; next sweep tries again", e);
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
