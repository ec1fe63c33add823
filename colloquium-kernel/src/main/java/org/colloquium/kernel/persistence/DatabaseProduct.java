package org.colloquium.kernel.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database the application runs on, for the few statements that must differ: an insert that
 * must not fail when another transaction inserts the same key at the same moment is {@code on
 * conflict} on PostgreSQL, where a failed statement would abort the whole transaction; H2 has no
 * such clause.
 */
@ApplicationScoped
public class DatabaseProduct {

  @Resource(lookup = PersistenceUnit.DATASOURCE)
  DataSource dataSource;

  private volatile Boolean postgres;

  public boolean isPostgres() {
    if (postgres == null) {
      try (Connection connection = dataSource.getConnection()) {
        postgres =
            connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot tell which database this is", e);
      }
    }
    return postgres;
  }
}
