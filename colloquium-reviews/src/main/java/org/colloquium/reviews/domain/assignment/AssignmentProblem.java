package org.colloquium.reviews.domain.assignment;

import java.util.Arrays;

/**
 * Who may review what, and how much each pair costs: papers (submissions) that need a number of
 * reviews each, reviewers with a fewest and a most number of papers, the allowed pairs with their
 * costs (a conflict of interest or a reviewer outside a track's pool is simply a pair not given),
 * pairs kept from an earlier assignment, and an optional cost that grows with a reviewer's load.
 * Dense 0-based indexes; the caller maps them to ids. Immutable once built.
 */
public final class AssignmentProblem {

  final int papers;
  final int reviewers;
  final int[] demand;
  final int[] minLoad;
  final int[] maxLoad;
  final int[] pairPaper;
  final int[] pairReviewer;
  final long[] pairCost;
  final int[] keptPaper;
  final int[] keptReviewer;
  final long balance;

  /** How many allowed pairs each reviewer has; computed once by the solver. */
  int[] reviewerCandidates;

  private AssignmentProblem(Builder b) {
    this.papers = b.papers;
    this.reviewers = b.reviewers;
    this.demand = b.demand.clone();
    this.minLoad = b.minLoad.clone();
    this.maxLoad = b.maxLoad.clone();
    this.pairPaper = Arrays.copyOf(b.pairPaper, b.pairs);
    this.pairReviewer = Arrays.copyOf(b.pairReviewer, b.pairs);
    this.pairCost = Arrays.copyOf(b.pairCost, b.pairs);
    this.keptPaper = Arrays.copyOf(b.keptPaper, b.kept);
    this.keptReviewer = Arrays.copyOf(b.keptReviewer, b.kept);
    this.balance = b.balance;
  }

  public static Builder builder(int papers, int reviewers) {
    return new Builder(papers, reviewers);
  }

  public int papers() {
    return papers;
  }

  public int reviewers() {
    return reviewers;
  }

  /** How many allowed pairs were given. */
  public int pairs() {
    return pairPaper.length;
  }

  public int demand(int paper) {
    return demand[paper];
  }

  public int minLoad(int reviewer) {
    return minLoad[reviewer];
  }

  public int maxLoad(int reviewer) {
    return maxLoad[reviewer];
  }

  public long balance() {
    return balance;
  }

  /** The same problem with more allowed pairs ({paper, reviewer, cost} each), which must be new. */
  public AssignmentProblem withPairs(java.util.List<long[]> more) {
    Builder b = new Builder(papers, reviewers);
    System.arraycopy(demand, 0, b.demand, 0, papers);
    System.arraycopy(minLoad, 0, b.minLoad, 0, reviewers);
    System.arraycopy(maxLoad, 0, b.maxLoad, 0, reviewers);
    int n = pairs() + more.size();
    b.pairPaper = Arrays.copyOf(pairPaper, Math.max(16, n));
    b.pairReviewer = Arrays.copyOf(pairReviewer, Math.max(16, n));
    b.pairCost = Arrays.copyOf(pairCost, Math.max(16, n));
    b.pairs = pairs();
    for (int i = 0; i < keptPaper.length; i++) {
      b.keep(keptPaper[i], keptReviewer[i]);
    }
    b.balance = balance;
    for (long[] pair : more) {
      b.allow((int) pair[0], (int) pair[1], pair[2]);
    }
    return b.build();
  }

  /** Collects a problem; {@link #build()} checks it whole. */
  public static final class Builder {
    private final int papers;
    private final int reviewers;
    private final int[] demand;
    private final int[] minLoad;
    private final int[] maxLoad;
    private int[] pairPaper = new int[16];
    private int[] pairReviewer = new int[16];
    private long[] pairCost = new long[16];
    private int pairs;
    private int[] keptPaper = new int[16];
    private int[] keptReviewer = new int[16];
    private int kept;
    private long balance;

    Builder(int papers, int reviewers) {
      if (papers < 0 || reviewers < 0) {
        throw new IllegalArgumentException("negative numbers of papers or reviewers");
      }
      this.papers = papers;
      this.reviewers = reviewers;
      this.demand = new int[papers];
      this.minLoad = new int[reviewers];
      this.maxLoad = new int[reviewers];
      Arrays.fill(maxLoad, Integer.MAX_VALUE);
    }

    /** The reviews every paper needs, unless {@link #demand} says otherwise for one. */
    public Builder reviewsPerPaper(int k) {
      if (k < 0) {
        throw new IllegalArgumentException("reviews per paper must not be negative: " + k);
      }
      Arrays.fill(demand, k);
      return this;
    }

    public Builder demand(int paper, int k) {
      checkPaper(paper);
      if (k < 0) {
        throw new IllegalArgumentException("paper " + paper + " needs a negative number: " + k);
      }
      demand[paper] = k;
      return this;
    }

    public Builder loads(int reviewer, int min, int max) {
      checkReviewer(reviewer);
      if (min < 0 || max < min) {
        throw new IllegalArgumentException(
            "reviewer " + reviewer + " needs 0 <= min <= max, got " + min + ".." + max);
      }
      minLoad[reviewer] = min;
      maxLoad[reviewer] = max;
      return this;
    }

    /** An allowed pair; lower cost is better. Costs must be at least 0 and below 2^40. */
    public Builder allow(int paper, int reviewer, long cost) {
      checkPaper(paper);
      checkReviewer(reviewer);
      if (cost < 0 || cost >= 1L << 40) {
        throw new IllegalArgumentException("cost out of range [0, 2^40): " + cost);
      }
      if (pairs == pairPaper.length) {
        pairPaper = Arrays.copyOf(pairPaper, pairs * 2);
        pairReviewer = Arrays.copyOf(pairReviewer, pairs * 2);
        pairCost = Arrays.copyOf(pairCost, pairs * 2);
      }
      pairPaper[pairs] = paper;
      pairReviewer[pairs] = reviewer;
      pairCost[pairs] = cost;
      pairs++;
      return this;
    }

    /** A pair assigned already: it stays, and counts toward the paper's reviews and the load. */
    public Builder keep(int paper, int reviewer) {
      checkPaper(paper);
      checkReviewer(reviewer);
      if (kept == keptPaper.length) {
        keptPaper = Arrays.copyOf(keptPaper, kept * 2);
        keptReviewer = Arrays.copyOf(keptReviewer, kept * 2);
      }
      keptPaper[kept] = paper;
      keptReviewer[kept] = reviewer;
      kept++;
      return this;
    }

    /**
     * Makes each further paper of a reviewer cost more: the j-th paper (counting kept ones) adds
     * {@code weight * (j - 1)}, a convex cost that spreads the work. 0 turns it off.
     */
    public Builder balance(long weight) {
      if (weight < 0 || weight >= 1L << 20) {
        throw new IllegalArgumentException("balance weight out of range [0, 2^20): " + weight);
      }
      this.balance = weight;
      return this;
    }

    /**
     * @throws IllegalArgumentException for a pair given twice, or a kept pair given twice or also
     *     offered as a new one
     */
    public AssignmentProblem build() {
      long[] keys = new long[pairs + kept];
      for (int i = 0; i < pairs; i++) {
        keys[i] = (long) pairPaper[i] * reviewers + pairReviewer[i];
      }
      for (int i = 0; i < kept; i++) {
        keys[pairs + i] = (long) keptPaper[i] * reviewers + keptReviewer[i];
      }
      long[] sorted = keys.clone();
      Arrays.sort(sorted);
      for (int i = 1; i < sorted.length; i++) {
        if (sorted[i] == sorted[i - 1]) {
          throw new IllegalArgumentException(
              "pair (paper "
                  + sorted[i] / reviewers
                  + ", reviewer "
                  + sorted[i] % reviewers
                  + ") given twice");
        }
      }
      return new AssignmentProblem(this);
    }

    private void checkPaper(int paper) {
      if (paper < 0 || paper >= papers) {
        throw new IllegalArgumentException("no paper " + paper + " among " + papers);
      }
    }

    private void checkReviewer(int reviewer) {
      if (reviewer < 0 || reviewer >= reviewers) {
        throw new IllegalArgumentException("no reviewer " + reviewer + " among " + reviewers);
      }
    }
  }
}
