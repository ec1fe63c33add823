package org.colloquium.kernel.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database to the newest schema. Every module keeps its migrations under {@code
 * db/migration} in its own jar; they form one ordered history (see docs/architecture.md for the
 * numbering).
 *
 * <p>Must run outside a container transaction: Flyway switches auto-commit itself.
 */
public final class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  private DatabaseMigration() {}

  /**
   * Applies pending migrations.
   *
   * @return the number of migrations applied
   */
  public static int migrate(DataSource dataSource) {
    // The kernel's class loader is the EAR's library loader, which sees every module's migrations.
    Flyway flyway =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .validateMigrationNaming(true)
            .load();
    MigrateResult result = flyway.migrate();
    var current = flyway.info().current();
    LOG.info(
        () ->
            "Database schema at version "
                + (current == null ? "none" : current.getVersion())
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    return result.migrationsExecuted;
  }
}
