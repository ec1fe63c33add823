package org.colloquium.web.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many requests of each signed-in account are being worked on at once on this node, with at
 * most a fixed number at a time: the others wait their turn. Accounts are forgotten as soon as they
 * have no request in hand, so the memory follows the requests, not the accounts.
 */
final class AccountTurns {

  private final int perAccount;
  private final Map<String, Turns> byAccount = new ConcurrentHashMap<>();

  /** An account's turns and how many requests hold or wait for one (guarded by the map). */
  private static final class Turns {
    final Semaphore permits;
    int requests;

    Turns(int perAccount) {
      permits = new Semaphore(perAccount, true);
    }
  }

  AccountTurns(int perAccount) {
    if (perAccount < 1) {
      throw new IllegalArgumentException("at least one request at a time: " + perAccount);
    }
    this.perAccount = perAccount;
  }

  /**
   * Waits for a turn of {@code account}, at most {@code wait}.
   *
   * @return whether the request got one; if so, {@link #leave} it when done
   */
  boolean enter(String account, Duration wait) throws InterruptedException {
    Turns turns =
        byAccount.compute(
            account,
            (k, t) -> {
              Turns held = t == null ? new Turns(perAccount) : t;
              held.requests++;
              return held;
            });
    boolean entered = false;
    try {
      entered = turns.permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
      return entered;
    } finally {
      if (!entered) {
        forget(account);
      }
    }
  }

  /** Gives back the turn taken by {@link #enter}. */
  void leave(String account) {
    Turns turns = byAccount.get(account);
    if (turns != null) {
      turns.permits.release();
      forget(account);
    }
  }

  /** How many accounts have requests in hand now. */
  int accounts() {
    return byAccount.size();
  }

  private void forget(String account) {
    byAccount.computeIfPresent(account, (k, t) -> --t.requests == 0 ? null : t);
  }
}
