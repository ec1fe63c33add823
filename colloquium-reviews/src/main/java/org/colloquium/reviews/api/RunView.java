package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;

/**
 * A computed assignment: its progress while it runs, then its proposal until an organiser commits
 * or discards it.
 *
 * @param totalCost the sum of the proposed pairs' costs, null until done
 */
public record RunView(
    Long id,
    RunState state,
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
    return state == RunState.QUEUED || state == RunState.RUNNING;
  }

  public boolean committable() {
    return state == RunState.DONE;
  }

  /**
   * A pair the run adds, with its cost and what the cost comes from: the bid, an interest in the
   * submission's track, and keywords the reviewer shares with it.
   */
  public record ProposedPair(
      int number,
      String title,
      String reviewer,
      long cost,
      Bid bid,
      boolean trackInterest,
      List<String> sharedKeywords)
      implements Serializable {

    public ProposedPair {
      sharedKeywords = List.copyOf(sharedKeywords);
    }
  }

  /** A submission left with fewer reviews than asked, and why. */
  public record ShortSubmission(int number, String title, int missing, ShortReason reason)
      implements Serializable {}
}
