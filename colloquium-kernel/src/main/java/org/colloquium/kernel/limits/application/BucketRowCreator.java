package org.colloquium.kernel.limits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import org.colloquium.kernel.limits.domain.BucketRepository;

/**
 * Creates a bucket's row on H2 in a transaction of its own that commits at once: a failed insert
 * (two first uses of a key at the same moment) must not mark the caller's transaction for rollback.
 * PostgreSQL inserts in the caller's transaction instead ({@code on conflict}), which takes no
 * second connection. Also deletes full buckets, in batches of their own.
 */
@ApplicationScoped
class BucketRowCreator {

  @Inject BucketRepository rows;

  @Transactional(TxType.REQUIRES_NEW)
  public boolean insertEmpty(String key, Instant expiresAt) {
    return rows.insertEmpty(key, expiresAt);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public int deleteExpired(Instant now) {
    return rows.deleteExpired(now);
  }
}
