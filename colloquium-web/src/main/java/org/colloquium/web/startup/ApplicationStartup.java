package org.colloquium.web.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
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
import org.colloquium.kernel.files.application.StoredFileCollector;
import org.colloquium.kernel.limits.application.DatabaseBuckets;
import org.colloquium.kernel.mail.application.OutboxDispatcher;
import org.colloquium.kernel.mail.application.OutboxRetention;
import org.colloquium.kernel.persistence.DatabaseMigration;
import org.colloquium.kernel.persistence.PersistenceUnit;

/**
 * Runs once per deployment, before the first request: migrate the schema, load the demo data into
 * an empty database, create the configured administrator, start the timers of the mail sender, of
 * the collector of unreferenced stored files and of the outbox's retention run.
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

  static final String MAIL_SWEEP = "mail-sweep";

  /** The first collection of unreferenced files waits until start-up traffic has settled. */
  static final long FILE_COLLECTION_DELAY_MILLIS = 10 * 60_000L;

  static final long FILE_COLLECTION_MILLIS = 24 * 60 * 60_000L;

  static final String FILE_COLLECTION = "stored-file-collection";

  /** The outbox's retention run: first a quarter of an hour after start, then once a day. */
  static final long MAIL_RETENTION_DELAY_MILLIS = 15 * 60_000L;

  static final long MAIL_RETENTION_MILLIS = 24 * 60 * 60_000L;

  static final String MAIL_RETENTION = "mail-retention";

  @Resource(lookup = PersistenceUnit.DATASOURCE)
  DataSource dataSource;

  @Resource TimerService timers;

  @Inject AdministratorBootstrap administrator;
  @Inject DemoLoader demo;
  @Inject OutboxDispatcher dispatcher;
  @Inject StoredFileCollector storedFiles;
  @Inject DatabaseBuckets buckets;
  @Inject OutboxRetention mailRetention;

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

    timers.createIntervalTimer(5_000, MAIL_SWEEP_MILLIS, new TimerConfig(MAIL_SWEEP, false));
    timers.createIntervalTimer(
        FILE_COLLECTION_DELAY_MILLIS,
        FILE_COLLECTION_MILLIS,
        new TimerConfig(FILE_COLLECTION, false));
    timers.createIntervalTimer(
        MAIL_RETENTION_DELAY_MILLIS, MAIL_RETENTION_MILLIS, new TimerConfig(MAIL_RETENTION, false));
  }

  /**
   * Read lock: a singleton's methods hold its write lock by default, and a long file collection
   * must not keep the mail sweep waiting. The container never overlaps runs of one timer.
   */
  @Timeout
  @Lock(LockType.READ)
  void onTimer(Timer timer) {
    Object which = timer.getInfo();
    if (MAIL_SWEEP.equals(which)) {
      sweepMail();
    } else if (FILE_COLLECTION.equals(which)) {
      collectStoredFiles();
    } else if (MAIL_RETENTION.equals(which)) {
      purgeOldMail();
    } else {
      LOG.warning(() -> "unknown timer " + which + " ignored");
    }
  }

  private void sweepMail() {
    try {
      dispatcher.dispatchDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "mail sweep failed; next sweep tries again", e);
    }
  }

  private void collectStoredFiles() {
    try {
      storedFiles.collectGarbage();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "collecting unreferenced stored files failed; the next run (in 24 hours) tries again",
          e);
    }
    // The same daily run deletes rate-limit buckets that are full again (they count nothing).
    try {
      buckets.removeFull();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "removing full rate-limit buckets failed; tomorrow tries again", e);
    }
  }

  private void purgeOldMail() {
    try {
      mailRetention.purge();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "removing the text of old sent mails failed; the next run (in 24 hours) tries again",
          e);
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
