package org.colloquium.kernel.files.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.files.api.Freed;

/**
 * Deletes stored files that nothing refers to any more: the PDF an author replaced, the logo an
 * organiser changed. Without it the database would only grow. Safe to run on several nodes at once.
 */
@ApplicationScoped
public class StoredFileCollector {

  private static final Logger LOG = Logger.getLogger(StoredFileCollector.class.getName());

  /**
   * How long an unreferenced file is kept after it was last stored: a form may store a file some
   * time before the save that refers to it.
   */
  public static final Duration GRACE_PERIOD = Duration.ofHours(24);

  /** Files per transaction: small, so that a failure takes back little and locks are brief. */
  static final int BATCH = 50;

  @Inject FileStore store;
  @Inject Clock clock;

  /**
   * Deletes every unreferenced file older than the grace period, batch by batch, each batch in a
   * transaction of its own. A failing batch ends the run: what earlier batches deleted stays
   * deleted, the rest waits for the next run.
   *
   * @return what went
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Freed collectGarbage() {
    Instant storedBefore = clock.instant().minus(GRACE_PERIOD);
    Freed total = Freed.NOTHING;
    Freed batch;
    do {
      try {
        batch = store.deleteUnreferenced(storedBefore, BATCH);
      } catch (RuntimeException e) {
        log(total, storedBefore, " before a batch failed");
        throw e;
      }
      total = total.plus(batch);
    } while (batch.files() == BATCH);
    log(total, storedBefore, "");
    return total;
  }

  private static void log(Freed freed, Instant storedBefore, String how) {
    LOG.info(
        () ->
            "Unreferenced stored files last stored before "
                + storedBefore
                + ": deleted "
                + freed.files()
                + " ("
                + freed.bytes()
                + " bytes)"
                + how);
  }
}
