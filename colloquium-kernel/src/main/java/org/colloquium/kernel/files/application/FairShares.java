package org.colloquium.kernel.files.application;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How much of the checkers' time each requester has had lately, so that the file of someone who has
 * had little goes before the file of someone who has had much: an author handing in their one PDF
 * waits for the checks already running, not behind a client that uploads a hostile file every
 * second. Use decays by half every {@link #HALF_LIFE}. Each requester may also have only a few
 * files waiting or being checked at once, so that no one fills the waiting places.
 *
 * <p>Kept in this node's memory: it orders this node's own pool, nothing more.
 */
final class FairShares {

  static final Duration HALF_LIFE = Duration.ofMinutes(1);

  /** Above this many requesters, those with nothing in hand and little use lately are forgotten. */
  static final int PRUNE_ABOVE = 10_000;

  /** Use below which a requester with nothing in hand is forgotten: a millisecond of checking. */
  private static final double NEGLIGIBLE_NANOS = 1_000_000;

  private final LongSupplier nanos;
  private final Map<Object, Share> shares = new HashMap<>();

  private static final class Share {
    double used;
    long at;
    int inHand;
  }

  FairShares(LongSupplier nanos) {
    this.nanos = nanos;
  }

  /**
   * Takes one of {@code owner}'s places for a file.
   *
   * @return false if {@code owner} already has {@code places} files waiting or being checked
   */
  synchronized boolean enter(Object owner, int places) {
    Share share = shares.computeIfAbsent(owner, k -> new Share());
    if (share.inHand >= places) {
      return false;
    }
    share.inHand++;
    if (shares.size() > PRUNE_ABOVE) {
      prune();
    }
    return true;
  }

  /** Gives the place back, charging {@code usedNanos} of checking to {@code owner}. */
  synchronized void leave(Object owner, long usedNanos) {
    Share share = shares.get(owner);
    if (share == null) {
      return;
    }
    share.inHand = Math.max(0, share.inHand - 1);
    share.used = decayed(share) + Math.max(0, usedNanos);
    share.at = nanos.getAsLong();
  }

  /** {@code owner}'s use lately (nanoseconds of checking, decayed): the less, the sooner. */
  synchronized double standing(Object owner) {
    Share share = shares.get(owner);
    return share == null ? 0 : decayed(share);
  }

  /** How many requesters are remembered. */
  synchronized int size() {
    return shares.size();
  }

  private double decayed(Share share) {
    if (share.used == 0) {
      return 0;
    }
    double halfLives = (nanos.getAsLong() - share.at) / (double) HALF_LIFE.toNanos();
    return share.used * Math.pow(0.5, Math.max(0, halfLives));
  }

  private void prune() {
    shares.values().removeIf(s -> s.inHand == 0 && decayed(s) < NEGLIGIBLE_NANOS);
  }
}
