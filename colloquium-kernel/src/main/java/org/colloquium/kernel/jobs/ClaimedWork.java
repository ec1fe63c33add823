package org.colloquium.kernel.jobs;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rows a background job of this node has claimed and is working on (a release's PDFs, a draft,
 * an assignment), so that it gives them back when the application stops first. Without that, a
 * redeployment or a shutdown leaves them claimed: "running" for ever, or until a claim goes stale,
 * with the organisers waiting and a new request refused meanwhile.
 *
 * <p>The job claims and works through {@link #workOnAll} (or {@link #next} and {@link #work}), and
 * observes {@code @BeforeDestroyed(ApplicationScoped.class)} to call {@link #stop} with what puts a
 * row back: then nothing more is claimed, the rows in hand are handed back while transactions still
 * work, and the failure the stop causes in the worker is not taken for the row's own.
 */
public final class ClaimedWork {

  private final String what;
  private final Logger log;
  private final Set<Long> inHand = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;

  /**
   * @param what names a row in the log ("programme draft")
   */
  public ClaimedWork(String what, Logger log) {
    this.what = what;
    this.log = log;
  }

  /**
   * Claims rows one after another and works on each, until {@code claim} finds none or the
   * application stops; how many were worked on.
   *
   * @param failed told of a row's failure (not of one the stop caused)
   */
  public int workOnAll(
      Supplier<Optional<Long>> claim,
      Consumer<Long> work,
      BiConsumer<Long, RuntimeException> failed) {
    int done = 0;
    for (Optional<Long> next = next(claim); next.isPresent(); next = next(claim)) {
      Long id = next.get();
      work(id, () -> work.accept(id), e -> failed.accept(id, e));
      done++;
    }
    return done;
  }

  /** The next row {@code claim} gives, or none once the application is stopping. */
  public Optional<Long> next(Supplier<Optional<Long>> claim) {
    return stopping ? Optional.empty() : claim.get();
  }

  /**
   * Does {@code work} on a claimed row. A failure goes to {@code failed}, unless the application is
   * stopping: the row is then handed back, not failed.
   */
  public void work(Long id, Runnable work, Consumer<RuntimeException> failed) {
    inHand.add(id);
    try {
      work.run();
    } catch (RuntimeException e) {
      if (stopping) {
        log.info(() -> "Stopping: " + what + " " + id + " is left for the next node");
        return;
      }
      failed.accept(e);
    } finally {
      inHand.remove(id);
    }
  }

  /** Claims nothing more, and puts back each row in hand with {@code handBack}. */
  public void stop(Consumer<Long> handBack) {
    stopping = true;
    for (Long id : inHand) {
      try {
        log.info(() -> "Stopping: " + what + " " + id + " is handed back");
        handBack.accept(id);
      } catch (RuntimeException e) {
        log.log(Level.WARNING, "Could not hand back " + what + " " + id, e);
      }
    }
  }

  public boolean stopping() {
    return stopping;
  }
}
