package org.colloquium.reviews.domain.assignment;

import java.util.ArrayList;
import java.util.List;

/**
 * Solves an {@link AssignmentProblem} exactly as a minimum-cost flow: source → paper (its missing
 * reviews) → reviewer (one arc per allowed pair, its cost) → sink (the reviewer's room, in arcs of
 * rising cost when the balance term is on). What must win over cost is priced above any cost a path
 * can gather ({@code U}, more than the costliest simple path): a paper's missing review costs
 * {@code 3U} on a direct paper → sink arc, so the flow always exists and covers every review it
 * can; a unit of a reviewer's minimum load earns {@code U}, so minimum loads are met when they can
 * be without leaving a review uncovered. Among the flows that do both, the cost is the least.
 */
public final class AssignmentSolver {

  /**
   * @throws java.util.concurrent.CancellationException when {@code progress} says cancelled
   */
  public Assignment solve(AssignmentProblem p, SolverProgress progress) {
    int source = 0;
    int sink = p.papers + p.reviewers + 1;
    int[] keptOfPaper = new int[p.papers];
    int[] keptOfReviewer = new int[p.reviewers];
    for (int i = 0; i < p.keptPaper.length; i++) {
      keptOfPaper[p.keptPaper[i]]++;
      keptOfReviewer[p.keptReviewer[i]]++;
    }
    int[] candidates = new int[p.papers];
    long maxCost = 0;
    for (int i = 0; i < p.pairs(); i++) {
      candidates[p.pairPaper[i]]++;
      maxCost = Math.max(maxCost, p.pairCost[i]);
    }
    long maxBalance = 0;
    for (int r = 0; r < p.reviewers; r++) {
      long room = Math.min((long) p.maxLoad[r], keptOfReviewer[r] + (long) candidatesOf(p, r));
      maxBalance = Math.max(maxBalance, p.balance * Math.max(0, room - 1));
    }
    int nodes = p.papers + p.reviewers + 2;
    // More than any simple path can gather in costs, so one unit of what must win always does.
    long unit = (maxCost + maxBalance + 1) * (nodes + 1L);
    MinCostFlow flow = new MinCostFlow(nodes);
    long total = 0;
    int[] missingArc = new int[p.papers];
    for (int paper = 0; paper < p.papers; paper++) {
      int need = Math.max(0, p.demand[paper] - keptOfPaper[paper]);
      total += need;
      flow.addArc(source, 1 + paper, need, 0);
      missingArc[paper] = flow.addArc(1 + paper, sink, need, 3 * unit);
    }
    int[] pairArc = new int[p.pairs()];
    for (int i = 0; i < p.pairs(); i++) {
      pairArc[i] =
          flow.addArc(1 + p.pairPaper[i], 1 + p.papers + p.pairReviewer[i], 1, p.pairCost[i]);
    }
    for (int r = 0; r < p.reviewers; r++) {
      addRoom(flow, p, r, keptOfReviewer[r], unit, 1 + p.papers + r, sink);
    }
    flow.supply(source, total);
    flow.supply(sink, -total);
    flow.solve(progress, maxCost + maxBalance + 1);

    int chosen = 0;
    for (int i = 0; i < p.pairs(); i++) {
      if (flow.flow(pairArc[i]) > 0) {
        chosen++;
      }
    }
    int[] papers = new int[chosen];
    int[] reviewers = new int[chosen];
    long[] pairCosts = new long[chosen];
    int[] load = keptOfReviewer.clone();
    long cost = 0;
    int k = 0;
    for (int i = 0; i < p.pairs(); i++) {
      if (flow.flow(pairArc[i]) > 0) {
        papers[k] = p.pairPaper[i];
        reviewers[k] = p.pairReviewer[i];
        pairCosts[k] = p.pairCost[i];
        cost += p.pairCost[i];
        load[p.pairReviewer[i]]++;
        k++;
      }
    }
    for (int r = 0; r < p.reviewers; r++) {
      for (int j = keptOfReviewer[r] + 1; j <= load[r]; j++) {
        cost += p.balance * (j - 1L);
      }
    }
    List<Shortfall> shortfalls = new ArrayList<>();
    for (int paper = 0; paper < p.papers; paper++) {
      int missing = (int) flow.flow(missingArc[paper]);
      if (missing > 0) {
        boolean few = candidates[paper] + keptOfPaper[paper] < p.demand[paper];
        shortfalls.add(
            new Shortfall(
                paper,
                missing,
                few
                    ? Shortfall.Reason.TOO_FEW_CANDIDATES
                    : Shortfall.Reason.CANDIDATES_AT_CAPACITY));
      }
    }
    List<Underload> underloads = new ArrayList<>();
    for (int r = 0; r < p.reviewers; r++) {
      if (load[r] < p.minLoad[r]) {
        underloads.add(new Underload(r, p.minLoad[r] - load[r]));
      }
    }
    return new Assignment(papers, reviewers, pairCosts, cost, shortfalls, underloads);
  }

  /**
   * A reviewer's room towards the sink, after their kept papers: the units up to the minimum load
   * earn {@code unit}; with the balance term, the j-th paper costs {@code balance * (j - 1)} more,
   * so units of equal cost share one arc.
   */
  private static void addRoom(
      MinCostFlow flow, AssignmentProblem p, int r, int kept, long unit, int node, int sink) {
    long max = p.maxLoad[r];
    if (max <= kept) {
      return;
    }
    int min = p.minLoad[r];
    if (p.balance == 0) {
      long bonusUnits = Math.max(0, min - kept);
      if (bonusUnits > 0) {
        flow.addArc(node, sink, bonusUnits, -unit);
      }
      long rest = max - kept - bonusUnits;
      if (rest > 0) {
        flow.addArc(node, sink, rest, 0);
      }
      return;
    }
    long room = Math.min(max - kept, candidatesOf(p, r));
    for (long j = kept + 1; j <= kept + room; j++) {
      long arcCost = p.balance * (j - 1) - (j <= min ? unit : 0);
      flow.addArc(node, sink, 1, arcCost);
    }
  }

  private static int candidatesOf(AssignmentProblem p, int r) {
    if (p.reviewerCandidates == null) {
      int[] counts = new int[p.reviewers];
      for (int i = 0; i < p.pairs(); i++) {
        counts[p.pairReviewer[i]]++;
      }
      p.reviewerCandidates = counts;
    }
    return p.reviewerCandidates[r];
  }
}
