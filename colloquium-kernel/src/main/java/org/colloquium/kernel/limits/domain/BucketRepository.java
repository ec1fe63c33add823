package org.colloquium.kernel.limits.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.persistence.PersistenceUnit;

/**
 * The rows of {@code rate_limit_bucket}, in plain SQL that runs unchanged on H2 and PostgreSQL.
 * Joins the caller's transaction; the lock of {@link #lock} lasts until that transaction ends.
 */
@ApplicationScoped
public class BucketRepository {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  /**
   * Locks the bucket's row and reads its state.
   *
   * @return empty if there is no row yet; a row whose state is null was inserted but never used
   */
  public Optional<Optional<byte[]>> lock(String key) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("select state from rate_limit_bucket where bucket_key = ? for update")
            .setParameter(1, key)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Optional.ofNullable((byte[]) rows.get(0)));
  }

  /**
   * Inserts an empty row in the caller's transaction unless there is one; PostgreSQL only, where
   * {@code on conflict} makes an insert of the same key by another transaction at the same moment
   * wait for it and then do nothing, instead of failing (which would abort the caller's
   * transaction).
   *
   * @return whether this call inserted it
   */
  public boolean insertEmptyIfAbsent(String key, Instant expiresAt) {
    return em.createNativeQuery(
                "insert into rate_limit_bucket (bucket_key, expires_at) values (?, ?)"
                    + " on conflict (bucket_key) do nothing")
            .setParameter(1, key)
            .setParameter(2, expiresAt)
            .executeUpdate()
        == 1;
  }

  /**
   * Inserts an empty row unless there is one; may fail when another transaction inserts the same
   * key at the same moment (on H2; see {@link #insertEmptyIfAbsent} for PostgreSQL).
   *
   * @return whether this call inserted it
   */
  public boolean insertEmpty(String key, Instant expiresAt) {
    return em.createNativeQuery(
                "insert into rate_limit_bucket (bucket_key, expires_at) select ?, ? where not exists"
                    + " (select 1 from rate_limit_bucket where bucket_key = ?)")
            .setParameter(1, key)
            .setParameter(2, expiresAt)
            .setParameter(3, key)
            .executeUpdate()
        == 1;
  }

  public void update(String key, byte[] state, Instant expiresAt) {
    em.createNativeQuery(
            "update rate_limit_bucket set state = ?, expires_at = ? where bucket_key = ?")
        .setParameter(1, state)
        .setParameter(2, expiresAt)
        .setParameter(3, key)
        .executeUpdate();
  }

  /** Deletes buckets that are full again by now: a missing row means a full bucket. */
  public int deleteExpired(Instant now) {
    return em.createNativeQuery("delete from rate_limit_bucket where expires_at < ?")
        .setParameter(1, now)
        .executeUpdate();
  }
}
