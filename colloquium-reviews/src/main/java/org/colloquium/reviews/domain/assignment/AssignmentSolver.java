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
    return solve(p, LeftOutPairs.NONE, progress);
  }

  /**
   * Solves over the pairs given, then asks {@code leftOut} which of the pairs left out could lower
   * the cost under the solution's dual prices, adds them and solves again, until none can: the
   * result is then optimal over every allowed pair.
   *
   * @throws java.util.concurrent.CancellationException when {@code progress} says cancelled
   */
  public Assignment solve(AssignmentProblem p, LeftOutPairs leftOut, SolverProgress progress) {
    AssignmentProblem current = p;
    while (true) {
      Network network = network(current, leftOut, progress);
      List<long[]> added = new ArrayList<>();
      leftOut.price(
          network.duals(),
          (paper, reviewer, cost) -> {
            if (network.duals().improves(paper, reviewer, cost)) {
              added.add(new long[] {paper, reviewer, cost});
            }
          });
      roundCosts.add(network.flow().totalCost());
      roundsAdded.add((long) added.size());
      if (added.isEmpty()) {
        return result(current, leftOut, network);
      }
      rounds++;
      leftOut.nowGiven(added);
      current = current.withPairs(added);
    }
  }

  /** How many times pricing added pairs and solved again (for benchmarks and tests). */
  private int rounds;

  public int pricingRounds() {
    return rounds;
  }

  private final List<Long> roundCosts = new ArrayList<>();
  private final List<Long> roundsAdded = new ArrayList<>();

  /** Per solve: the flow's cost (penalties included) and how many pairs pricing added after it. */
  public String roundsText() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < roundCosts.size(); i++) {
      text.append(i == 0 ? "" : "; ")
          .append(roundCosts.get(i))
          .append(" +")
          .append(roundsAdded.get(i));
    }
    return text.toString();
  }

  /** A solved network and where its arcs are. */
  private record Network(
      MinCostFlow flow,
      int[] pairArc,
      int[] missingArc,
      int[] keptOfPaper,
      int[] keptOfReviewer,
      int[] candidates,
      LeftOutPairs.Duals duals) {}

  private static Network network(
      AssignmentProblem p, LeftOutPairs leftOut, SolverProgress progress) {
    int source = 0;
    int sink = p.papers + p.reviewers + 1;
    int[] keptOfPaper = new int[p.papers];
    int[] keptOfReviewer = new int[p.reviewers];
    for (int i = 0; i < p.keptPaper.length; i++) {
      keptOfPaper[p.keptPaper[i]]++;
      keptOfReviewer[p.keptReviewer[i]]++;
    }
    int[] candidates = new int[p.papers];
    // Pairs added later must fit under the penalties too.
    long maxCost = leftOut.costCeiling();
    for (int i = 0; i < p.pairs(); i++) {
      candidates[p.pairPaper[i]]++;
      maxCost = Math.max(maxCost, p.pairCost[i]);
    }
    boolean open = leftOut != LeftOutPairs.NONE;
    long maxBalance = 0;
    for (int r = 0; r < p.reviewers; r++) {
      long highest = keptOfReviewer[r] + room(p, r, keptOfReviewer[r], open);
      maxBalance = Math.max(maxBalance, p.balance * Math.max(0, highest - 1));
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
      addRoom(flow, p, r, keptOfReviewer[r], unit, 1 + p.papers + r, sink, open);
    }
    flow.supply(source, total);
    flow.supply(sink, -total);
    flow.solve(progress, maxCost + maxBalance + 1);
    if (open) {
      // The duals most favourable to the pairs left out: fewer rounds that change nothing.
      flow.lowerPrices(1 + p.papers, 1 + p.papers + p.reviewers);
      flow.raisePrices(1, 1 + p.papers);
    }
    long scale = flow.scale();
    LeftOutPairs.Duals duals =
        new LeftOutPairs.Duals() {
          @Override
          public boolean improves(int paper, int reviewer, long cost) {
            return cost * scale + flow.price(1 + paper) - flow.price(1 + p.papers + reviewer) < -1;
          }

          @Override
          public boolean mayImprove(int paper, long cost, long maxReviewerPrice) {
            return cost * scale + flow.price(1 + paper) - maxReviewerPrice < -1;
          }

          @Override
          public long reviewerPrice(int reviewer) {
            return flow.price(1 + p.papers + reviewer);
          }
        };
    return new Network(flow, pairArc, missingArc, keptOfPaper, keptOfReviewer, candidates, duals);
  }

  private Assignment result(AssignmentProblem p, LeftOutPairs leftOut, Network network) {
    MinCostFlow flow = network.flow();
    int[] pairArc = network.pairArc();
    int[] missingArc = network.missingArc();
    int[] keptOfPaper = network.keptOfPaper();
    int[] keptOfReviewer = network.keptOfReviewer();
    int[] candidates = network.candidates();
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
        boolean few =
            leftOut.allowed(paper, candidates[paper]) + keptOfPaper[paper] < p.demand[paper];
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
      MinCostFlow flow,
      AssignmentProblem p,
      int r,
      int kept,
      long unit,
      int node,
      int sink,
      boolean open) {
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
    long room = room(p, r, kept, open);
    for (long j = kept + 1; j <= kept + room; j++) {
      long arcCost = p.balance * (j - 1) - (j <= min ? unit : 0);
      flow.addArc(node, sink, 1, arcCost);
    }
  }

  /**
   * How many more papers a reviewer can take: up to the most, and no more than the pairs they have
   * (saves arcs) unless pairs may be added later ({@code open}).
   */
  private static long room(AssignmentProblem p, int r, int kept, boolean open) {
    long room = Math.min(Math.max(0, (long) p.maxLoad[r] - kept), p.papers);
    return open ? room : Math.min(room, candidatesOf(p, r));
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
