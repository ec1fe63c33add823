package org.colloquium.reviews.domain.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Stub greedy. */
public final class AssignmentSolver {
  public Assignment solve(AssignmentProblem p, SolverProgress progress) {
    int[] load = new int[p.reviewers];
    int[] got = new int[p.papers];
    for (int[] k : p.kept) {
      load[k[1]]++;
      got[k[0]]++;
    }
    List<long[]> sorted = new ArrayList<>(p.pairs);
    sorted.sort(Comparator.comparingLong(a -> a[2]));
    List<long[]> chosen = new ArrayList<>();
    long cost = 0;
    for (long[] a : sorted) {
      int paper = (int) a[0];
      int r = (int) a[1];
      if (got[paper] < p.demand[paper] && load[r] < p.max[r]) {
        got[paper]++;
        load[r]++;
        chosen.add(a);
        cost += a[2];
      }
    }
    List<Shortfall> shortfalls = new ArrayList<>();
    for (int i = 0; i < p.papers; i++) {
      if (got[i] < p.demand[i]) {
        shortfalls.add(
            new Shortfall(i, p.demand[i] - got[i], Shortfall.Reason.CANDIDATES_AT_CAPACITY));
      }
    }
    int[] papers = chosen.stream().mapToInt(a -> (int) a[0]).toArray();
    int[] reviewers = chosen.stream().mapToInt(a -> (int) a[1]).toArray();
    return new Assignment(papers, reviewers, cost, shortfalls, List.of());
  }
}
