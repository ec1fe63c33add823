package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;

/**
 * A computed assignment: its progress while it runs, then its proposal until an organiser commits
 * or discards it.
 *
 * @param state QUEUED, RUNNING, DONE, FAILED, CANCELLED, COMMITTED or DISCARDED
 * @param totalCost the sum of the proposed pairs' costs, null until done
 */
public record RunView(
    Long id,
    String state,
    int progress,
    boolean cancelRequested,
    boolean balance,
    Long totalCost,
    String message,
    List<ProposedPair> pairs,
    List<ShortSubmission> shortfalls)
    implements Serializable {

  public RunView {
    pairs = List.copyOf(pairs);
    shortfalls = List.copyOf(shortfalls);
  }

  public boolean running() {
    return "QUEUED".equals(state) || "RUNNING".equals(state);
  }

  public boolean committable() {
    return "DONE".equals(state);
  }

  /** A pair the run adds, with its cost and what the cost comes from. */
  public record ProposedPair(int number, String title, String reviewer, long cost, Bid bid)
      implements Serializable {}

  /** A submission left with fewer reviews than asked, and why. */
  public record ShortSubmission(int number, String title, int missing, String reason)
      implements Serializable {}
}
