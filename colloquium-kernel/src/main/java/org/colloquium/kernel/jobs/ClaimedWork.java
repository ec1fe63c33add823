package org.colloquium.kernel.jobs;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rows a background job of this node has claimed and is working on (a release's PDFs, a draft,
 * an assignment), each under a claim token of its own, so that it renews their heartbeat while it
 * works and gives them back when the application stops first. Without the heartbeat another node of
 * a cluster could not tell a row whose node died from one still being worked on; without the hand
 * back, a redeployment leaves them claimed until the heartbeat goes stale.
 *
 * <p>The job claims and works through {@link #workOnAll} (or {@link #next} and {@link #work}),
 * renews through {@link #beat} (the {@link HeartbeatJob} calls each {@link Heartbeating} job a few
 * times per lease), and observes {@code @BeforeDestroyed(ApplicationScoped.class)} to call {@link
 * #stop} with what puts a row back: then nothing more is claimed, the rows in hand are handed back
 * while transactions still work, and the failure the stop causes in the worker is not taken for the
 * row's own. Every write of the job's result is made only under the token that still holds the row:
 * a node that froze past the lease and wakes up cannot overwrite the node that took over.
 */
public final class ClaimedWork {

  /** A row claimed, and the token of the claim. */
  public record Held(Long id, String token) {}

  private final String what;
  private final Logger log;
  private final Map<Long, String> inHand = new ConcurrentHashMap<>();
  private final Set<Long> lost = ConcurrentHashMap.newKeySet();
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
   * @param claim claims a row under the token it is given, in its own transaction
   * @param failed told of a row's failure (not of one the stop caused)
   */
  public int workOnAll(
      Function<String, Optional<Long>> claim,
      Consumer<Held> work,
      BiConsumer<Held, RuntimeException> failed) {
    int done = 0;
    for (Optional<Held> next = next(claim); next.isPresent(); next = next(claim)) {
      Held held = next.get();
      work(held, () -> work.accept(held), e -> failed.accept(held, e));
      done++;
    }
    return done;
  }

  /** The next row {@code claim} gives under a new token, or none once the application stops. */
  public Optional<Held> next(Function<String, Optional<Long>> claim) {
    if (stopping) {
      return Optional.empty();
    }
    String token = ClaimTokens.next();
    return claim.apply(token).map(id -> new Held(id, token));
  }

  /**
   * Does {@code work} on a claimed row. A failure goes to {@code failed}, unless the application is
   * stopping: the row is then handed back, not failed.
   */
  public void work(Held held, Runnable work, Consumer<RuntimeException> failed) {
    inHand.put(held.id(), held.token());
    try {
      work.run();
    } catch (RuntimeException e) {
      if (stopping) {
        log.info(() -> "Stopping: " + what + " " + held.id() + " is left for the next node");
        return;
      }
      failed.accept(e);
    } finally {
      inHand.remove(held.id());
      lost.remove(held.id());
    }
  }

  /**
   * Renews the claim of each row in hand with {@code renew}, which answers whether the token still
   * holds the row; one that another node has taken over is said once in the log (the worker goes
   * on, and its result is then dropped).
   */
  public void beat(BiPredicate<Long, String> renew) {
    inHand.forEach(
        (id, token) -> {
          if (lost.contains(id)) {
            return;
          }
          try {
            if (!renew.test(id, token)) {
              lost.add(id);
              log.warning(() -> what + " " + id + " was taken over by another node");
            }
          } catch (RuntimeException e) {
            log.log(Level.WARNING, "Could not renew the claim of " + what + " " + id, e);
          }
        });
  }

  /** Claims nothing more, and puts back each row in hand with {@code handBack}. */
  public void stop(Consumer<Held> handBack) {
    stopping = true;
    inHand.forEach(
        (id, token) -> {
          try {
            log.info(() -> "Stopping: " + what + " " + id + " is handed back");
            handBack.accept(new Held(id, token));
          } catch (RuntimeException e) {
            log.log(Level.WARNING, "Could not hand back " + what + " " + id, e);
          }
        });
  }

  public boolean stopping() {
    return stopping;
  }
}
