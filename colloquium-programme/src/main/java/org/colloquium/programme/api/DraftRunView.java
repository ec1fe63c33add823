package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An automatic draft as its page shows it.
 *
 * @param score the best score so far ("0 hard / 2 unplaced / -340 soft"); null before the first
 * @param explanations why each contribution left out was left out, and what the draft could not
 *     avoid, one line each, with the contributions concerned
 */
public record DraftRunView(
    Long id,
    DraftState state,
    Instant requestedAt,
    int seconds,
    Long elapsedMs,
    String score,
    Integer placed,
    Integer unplaced,
    String message,
    List<DraftExplanationView> explanations)
    implements Serializable {

  public DraftRunView {
    explanations = List.copyOf(explanations);
  }

  /**
   * One remaining problem of a draft.
   *
   * @param kind the solver's name for it (UNPLACED_NO_FREE_SLOT, TRACK_IN_PARALLEL, …)
   * @param titles the contributions concerned
   */
  public record DraftExplanationView(String kind, String text, List<String> titles)
      implements Serializable {

    public DraftExplanationView {
      titles = List.copyOf(titles);
    }
  }
}
