package org.colloquium.kernel.limits.application;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.colloquium.kernel.limits.domain.BucketRepository;
import org.colloquium.kernel.limits.domain.Limit;
import org.colloquium.kernel.persistence.DatabaseProduct;

/**
 * Bucket4j buckets kept in the {@code rate_limit_bucket} table, so that every node of a cluster
 * takes tokens from the same bucket. Bucket4j's "select for update" proxy manager does the
 * bookkeeping; this class gives it the table, through the JPA connection of the caller's
 * transaction: a bucket is locked from its first use until that transaction ends, so several
 * buckets taken in one transaction are decided together. Every use needs an active transaction.
 *
 * <p>Bucket4j's own JDBC managers do not fit: they open their own connections and transactions, and
 * there is none for H2 (the default database). This one needs only {@code select … for update}, an
 * insert and an update, which both databases run unchanged.
 */
@ApplicationScoped
public class DatabaseBuckets {

  private static final Logger LOG = Logger.getLogger(DatabaseBuckets.class.getName());

  /** A row is kept this long after its bucket is full again, then the daily clean-up deletes it. */
  private static final Duration KEEP_WHEN_FULL = Duration.ofMinutes(5);

  @Inject BucketRepository rows;
  @Inject BucketRowCreator creator;
  @Inject DatabaseProduct database;
  @Inject Clock clock;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  private RowProxyManager proxies;

  @PostConstruct
  void start() {
    proxies =
        new RowProxyManager(
            ClientSideConfig.getDefault()
                .withClientClock(new ClockTimeMeter(clock))
                // Two first uses of a key race to insert its row; the loser retries. A broken table
                // must not make that loop run for ever.
                .withRequestTimeout(Duration.ofSeconds(30)));
  }

  /** The subject's bucket of this limit. Use it inside a transaction. */
  public Bucket bucket(Limit limit, String subject) {
    return proxies.builder().build(limit.key(subject), limit::configuration);
  }

  /** Deletes the rows of buckets that are full again: a missing row means a full bucket. */
  public int removeFull() {
    int removed = creator.deleteExpired(clock.instant());
    LOG.fine(() -> "removed " + removed + " full rate-limit buckets");
    return removed;
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  /** Bucket4j's time from the application's clock, so tests can move it. */
  private record ClockTimeMeter(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      return nanos(clock.instant());
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }

  private final class RowProxyManager extends AbstractSelectForUpdateBasedProxyManager<String> {

    RowProxyManager(ClientSideConfig config) {
      super(config);
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(
        String key, Optional<Long> timeoutNanos) {
      return new RowTransaction(key);
    }

    @Override
    public void removeProxy(String key) {
      throw new UnsupportedOperationException("buckets are removed when full, by removeFull");
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
      return false;
    }
  }

  /**
   * One step of Bucket4j's protocol, inside the caller's transaction: begin, commit and rollback
   * are the caller's business (an exception thrown on rolls it back).
   */
  private final class RowTransaction implements SelectForUpdateBasedTransaction {

    private final String key;

    RowTransaction(String key) {
      this.key = key;
    }

    @Override
    public void begin(Optional<Long> timeoutNanos) {
      if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
        throw new IllegalStateException("rate-limit buckets are used inside a transaction");
      }
    }

    @Override
    public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
      return rows.lock(key)
          .map(state -> LockAndGetResult.locked(state.orElse(null)))
          .orElse(LockAndGetResult.notLocked());
    }

    @Override
    public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
      Instant expiresAt = clock.instant().plus(Duration.ofHours(1));
      if (database.isPostgres()) {
        // In the caller's transaction: a transaction of its own would take a second connection
        // while the caller holds one, and with every request of a deadline rush doing that the
        // pool ran dry (measured: 9 submissions/s instead of 24).
        return rows.insertEmptyIfAbsent(key, expiresAt);
      }
      try {
        return creator.insertEmpty(key, expiresAt);
      } catch (RuntimeException e) {
        // Someone else inserted it first: Bucket4j locks it on its next round.
        LOG.fine(() -> "bucket " + key + " was created meanwhile: " + e);
        return false;
      }
    }

    @Override
    public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
      Instant now = clock.instant();
      long untilFull = state.calculateFullRefillingTime(nanos(now));
      rows.update(key, data, now.plusNanos(untilFull).plus(KEEP_WHEN_FULL));
    }

    @Override
    public void commit(Optional<Long> timeoutNanos) {}

    @Override
    public void rollback() {}

    @Override
    public void release() {}
  }
}
