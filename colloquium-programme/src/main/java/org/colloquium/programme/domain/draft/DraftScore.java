package org.colloquium.programme.domain.draft;

/**
 * The score of a draft, each level a penalty (0 or negative), compared level by level.
 *
 * @param hard broken rules; only pinned contributions can break one, since the draft rather leaves
 *     a contribution unplaced than places it wrongly
 * @param medium minus the number of contributions left unplaced
 * @param soft weighted wishes not met (see {@link DraftWarningKind})
 */
public record DraftScore(int hard, int medium, int soft) implements Comparable<DraftScore> {

  /** No rule broken; some contributions may still be unplaced. */
  public boolean feasible() {
    return hard == 0;
  }

  /** No rule broken and every contribution placed. */
  public boolean complete() {
    return hard == 0 && medium == 0;
  }

  @Override
  public int compareTo(DraftScore other) {
    int byHard = Integer.compare(hard, other.hard);
    if (byHard != 0) {
      return byHard;
    }
    int byMedium = Integer.compare(medium, other.medium);
    return byMedium != 0 ? byMedium : Integer.compare(soft, other.soft);
  }

  @Override
  public String toString() {
    return hard + "hard/" + medium + "medium/" + soft + "soft";
  }
}
