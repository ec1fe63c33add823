package org.colloquium.reviews.domain.assignment;

/**
 * The allowed pairs a large problem leaves out of its network for now (column generation). After
 * each solve the solver hands over the dual prices; the pairs answer which of them could still
 * lower the cost. When none can, the flow over the pairs given is optimal for every allowed pair:
 * the result is exact, only the work is smaller. An event of 20,000 submissions and 10,000
 * reviewers has 200 million pairs; the assignment needs a few hundred thousand of them.
 */
public interface LeftOutPairs {

  /** Nothing is left out: the problem gives every allowed pair. */
  LeftOutPairs NONE =
      new LeftOutPairs() {
        @Override
        public long costCeiling() {
          return 0;
        }

        @Override
        public void price(Duals duals, PairSink worthAdding) {}

        @Override
        public int allowed(int paper, int given) {
          return given;
        }
      };

  /** The largest cost a left-out pair can have; part of what the flow's penalties must exceed. */
  long costCeiling();

  /**
   * Passes to {@code worthAdding} every left-out pair (not given yet) whose reduced cost under
   * {@code duals} is negative enough to matter ({@link Duals#improves}); may pass more.
   */
  void price(Duals duals, PairSink worthAdding);

  /** How many allowed pairs the paper has in all, given ({@code given}) or left out. */
  int allowed(int paper, int given);

  /** Told of pairs the solver added after pricing ({paper, reviewer, cost} each). */
  default void nowGiven(java.util.List<long[]> pairs) {}

  /** Receives pairs. */
  interface PairSink {
    void accept(int paper, int reviewer, long cost);
  }

  /** The dual prices of a solved network, for pricing left-out pairs. */
  interface Duals {
    /** Whether the pair, if added, could make the flow cheaper. */
    boolean improves(int paper, int reviewer, long cost);

    /**
     * Whether some pair of the paper with at least {@code cost} could make the flow cheaper with a
     * reviewer whose price is at most {@code maxReviewerPrice}: when not, none of them need a look.
     */
    boolean mayImprove(int paper, long cost, long maxReviewerPrice);

    long reviewerPrice(int reviewer);
  }
}
