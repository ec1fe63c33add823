package org.colloquium.kernel.files.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.files.api.Freed;
import org.colloquium.kernel.persistence.DatabaseProduct;
import org.colloquium.kernel.persistence.PersistenceUnit;

/** Stored files. Joins the caller's transaction. */
@ApplicationScoped
public class StoredFileRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  @Inject DatabaseProduct database;

  private volatile List<FileReference> references;

  /**
   * Stores the file unless one with the same key exists, and in both cases marks the bytes as
   * stored now. Two transactions storing the same bytes at once (two authors uploading one
   * template, a retried upload) must both succeed: on PostgreSQL the later insert waits for the
   * earlier one and then updates. Either way the row stays locked until the caller commits, and
   * {@link #deleteUnreferenced} skips locked rows: a file being stored again is never collected
   * under the caller's feet. H2, the single-machine default, updates first and inserts when that
   * found nothing.
   */
  public void addIfAbsent(StoredFile file) {
    if (database.isPostgres()) {
      em.createNativeQuery(
              "insert into stored_file"
                  + " (sha256, content, size_bytes, content_type, created_at, last_stored_at)"
                  + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (sha256) do update"
                  // greatest: clocks of several nodes differ; the time never moves back.
                  + " set last_stored_at"
                  + " = greatest(stored_file.last_stored_at, excluded.last_stored_at)")
          .setParameter(1, file.sha256())
          .setParameter(2, file.content())
          .setParameter(3, file.size())
          .setParameter(4, file.contentType())
          .setParameter(5, file.createdAt())
          .setParameter(6, file.lastStoredAt())
          .executeUpdate();
    } else if (em.createQuery(
                "update StoredFile f set f.lastStoredAt = case when f.lastStoredAt < :at then :at"
                    + " else f.lastStoredAt end where f.sha256 = :key")
            .setParameter("at", file.lastStoredAt())
            .setParameter("key", file.sha256())
            .executeUpdate()
        == 0) {
      em.persist(file);
    }
  }

  /**
   * Deletes at most {@code limit} stored files that were last stored before {@code storedBefore}
   * and that no column refers to, in the caller's transaction; returns what went.
   *
   * <p>The candidates are locked first, skipping rows another transaction holds: a file being
   * stored again is locked by {@link #addIfAbsent} until the transaction that also writes its
   * reference ends, and stays for a later run. A reference that appears anyway between the choice
   * and the delete makes its foreign key refuse the delete: the caller's transaction fails and
   * nothing is lost. Keep batches small: each is one transaction.
   */
  public Freed deleteUnreferenced(Instant storedBefore, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    StringBuilder candidates =
        new StringBuilder("select f.sha256, f.size_bytes from stored_file f")
            .append(" where f.last_stored_at < :before");
    for (FileReference reference : references()) {
      candidates.append(" and ").append(reference.notReferencedHere());
    }
    candidates.append(" limit :limit for update skip locked");
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(candidates.toString())
            .setParameter("before", storedBefore)
            .setParameter("limit", limit)
            .getResultList();
    if (rows.isEmpty()) {
      return Freed.NOTHING;
    }
    List<String> keys = new ArrayList<>(rows.size());
    long bytes = 0;
    for (Object[] row : rows) {
      keys.add((String) row[0]);
      bytes += ((Number) row[1]).longValue();
    }
    int deleted =
        em.createNativeQuery("delete from stored_file where sha256 in (:keys)")
            .setParameter("keys", keys)
            .executeUpdate();
    if (deleted != keys.size()) {
      // The rows are locked by this transaction: nobody else can have deleted one.
      throw new IllegalStateException(
          "deleted " + deleted + " of " + keys.size() + " locked unreferenced files");
    }
    return new Freed(deleted, bytes);
  }

  /**
   * Every column that refers to stored files, read from the database catalogue once and then
   * remembered: a module that adds a reference needs no change here, its foreign key is enough.
   *
   * @throws IllegalStateException when the catalogue shows none: then every file would look
   *     unreferenced, and a collector must rather not run at all
   */
  public List<FileReference> references() {
    List<FileReference> known = references;
    if (known == null) {
      known = discoverReferences();
      references = known;
    }
    return known;
  }

  private List<FileReference> discoverReferences() {
    // Names compared in lower case: H2 upper-cases unquoted identifiers, PostgreSQL lower-cases.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select distinct cast(fk.table_name as varchar(128)) t, cast(fk.column_name as varchar(128)) c"
                    + " from information_schema.referential_constraints rc"
                    + " join information_schema.key_column_usage fk"
                    + " on fk.constraint_schema = rc.constraint_schema"
                    + " and fk.constraint_name = rc.constraint_name"
                    + " join information_schema.key_column_usage pk"
                    + " on pk.constraint_schema = rc.unique_constraint_schema"
                    + " and pk.constraint_name = rc.unique_constraint_name"
                    + " and pk.ordinal_position = fk.position_in_unique_constraint"
                    + " where lower(pk.table_name) = 'stored_file'"
                    + " and lower(pk.column_name) = 'sha256'"
                    + " and lower(pk.table_schema) = lower(current_schema)"
                    + " and lower(fk.table_schema) = lower(current_schema)"
                    + " order by t, c")
            .getResultList();
    List<FileReference> found = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      found.add(new FileReference((String) row[0], (String) row[1]));
    }
    if (found.isEmpty()) {
      throw new IllegalStateException(
          "the database catalogue shows no foreign key to stored_file (sha256): refusing to"
              + " delete files, every one would look unreferenced");
    }
    return List.copyOf(found);
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
