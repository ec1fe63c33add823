package org.colloquium.reviews.domain.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Stub problem. */
public final class AssignmentProblem {
  final int papers;
  final int reviewers;
  final int[] demand;
  final int[] max;
  final List<long[]> pairs;
  final List<int[]> kept;

  private AssignmentProblem(Builder b) {
    papers = b.papers;
    reviewers = b.reviewers;
    demand = b.demand;
    max = b.max;
    pairs = b.pairs;
    kept = b.kept;
  }

  public static Builder builder(int papers, int reviewers) {
    return new Builder(papers, reviewers);
  }

  /** Builder. */
  public static final class Builder {
    final int papers;
    final int reviewers;
    final int[] demand;
    final int[] max;
    final List<long[]> pairs = new ArrayList<>();
    final List<int[]> kept = new ArrayList<>();

    Builder(int papers, int reviewers) {
      this.papers = papers;
      this.reviewers = reviewers;
      demand = new int[papers];
      max = new int[reviewers];
      Arrays.fill(max, Integer.MAX_VALUE);
    }

    public Builder reviewsPerPaper(int k) {
      Arrays.fill(demand, k);
      return this;
    }

    public Builder demand(int paper, int k) {
      demand[paper] = k;
      return this;
    }

    public Builder loads(int reviewer, int min, int max) {
      this.max[reviewer] = max;
      return this;
    }

    public Builder allow(int paper, int reviewer, long cost) {
      pairs.add(new long[] {paper, reviewer, cost});
      return this;
    }

    public Builder keep(int paper, int reviewer) {
      kept.add(new int[] {paper, reviewer});
      return this;
    }

    public Builder balance(long weight) {
      return this;
    }

    public AssignmentProblem build() {
      return new AssignmentProblem(this);
    }
  }
}
