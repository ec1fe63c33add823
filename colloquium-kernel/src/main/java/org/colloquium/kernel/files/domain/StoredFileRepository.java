package org.colloquium.kernel.files.domain;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.colloquium.kernel.persistence.PersistenceUnit;

/** Stored files. Joins the caller's transaction. */
@ApplicationScoped
public class StoredFileRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  @Resource(lookup = PersistenceUnit.DATASOURCE)
  DataSource dataSource;

  private volatile Boolean postgres;

  /**
   * Stores the file unless one with the same key exists. Two transactions storing the same bytes at
   * once (two authors uploading one template, a retried upload) must both succeed: on PostgreSQL
   * the later insert waits for the earlier one and then does nothing. H2, the single-machine
   * default, checks first.
   */
  public void addIfAbsent(StoredFile file) {
    if (isPostgres()) {
      em.createNativeQuery(
              "insert into stored_file (sha256, content, size_bytes, content_type, created_at)"
                  + " values (?1, ?2, ?3, ?4, ?5) on conflict (sha256) do nothing")
          .setParameter(1, file.sha256())
          .setParameter(2, file.content())
          .setParameter(3, file.size())
          .setParameter(4, file.contentType())
          .setParameter(5, file.createdAt())
          .executeUpdate();
    } else if (!exists(file.sha256())) {
      em.persist(file);
    }
  }

  private boolean isPostgres() {
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

  public Optional<StoredFile> find(String sha256) {
    return Optional.ofNullable(em.find(StoredFile.class, sha256));
  }

  public boolean exists(String sha256) {
    return !em.createQuery("select f.sha256 from StoredFile f where f.sha256 = :key", String.class)
        .setParameter("key", sha256)
        .getResultList()
        .isEmpty();
  }

  /** The size of a stored file without reading its content. */
  public Optional<Long> sizeOf(String sha256) {
    return em.createQuery("select f.size from StoredFile f where f.sha256 = :key", Long.class)
        .setParameter("key", sha256)
        .getResultStream()
        .findFirst();
  }
}
