package org.colloquium.kernel.publicpages;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.colloquium.kernel.persistence.PersistenceUnit;

/**
 * The cluster-wide version of what public pages show (table {@code public_content_version}), moved
 * forward in the same transaction as any write of {@link PublicContent}: committed together, or not
 * at all. This node also counts the commits it saw itself, so its own cache is emptied the moment a
 * change commits here, while other nodes notice the new version when they next read it.
 */
@ApplicationScoped
public class PublicContentVersion {

  private static final String BUMP =
      "update public_content_version set version = version + 1 where id = 1";
  private static final String READ = "select version from public_content_version where id = 1";

  /** Key of this transaction's "already counted" mark. */
  private static final Object MARK = PublicContentVersion.class;

  @Resource TransactionSynchronizationRegistry transactions;

  @Resource(lookup = PersistenceUnit.DATASOURCE)
  DataSource dataSource;

  private final AtomicLong committedHere = new AtomicLong();

  /**
   * Called for every write of public content; counts the transaction once. The counter is moved
   * just before the commit, after Hibernate's last flush, so the transaction holds the counter's
   * row lock only while it commits: two organisers' edits never wait on each other for longer, and
   * cannot deadlock over it.
   */
  void changedInThisTransaction() {
    if (transactions.getResource(MARK) != null) {
      return;
    }
    transactions.putResource(MARK, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            if (!transactions.getRollbackOnly()) {
              bump();
            }
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              committedHere.incrementAndGet();
            }
          }
        });
  }

  /**
   * The version in the database. One primary-key read outside any transaction; callers read it at
   * most about once a second.
   */
  public long current() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(READ);
        ResultSet result = statement.executeQuery()) {
      if (!result.next()) {
        throw new IllegalStateException("public_content_version has no row");
      }
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the public content version", e);
    }
  }

  /** How many changes of public content this node has seen committed since it started. */
  public long committedHere() {
    return committedHere.get();
  }

  private void bump() {
    // Inside the transaction, the data source hands out the connection the transaction already
    // uses, so this update commits or rolls back with the change itself.
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(BUMP)) {
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot move the public content version", e);
    }
  }
}
