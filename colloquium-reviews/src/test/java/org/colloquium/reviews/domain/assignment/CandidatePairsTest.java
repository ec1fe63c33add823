package org.colloquium.reviews.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.colloquium.reviews.api.Bid;
import org.junit.jupiter.api.Test;

/**
 * Offering each submission only its cheapest reviewers first and pricing the rest after each solve
 * gives the same optimum as offering every allowed pair, on many random events with tracks,
 * keywords, bids, conflicts, pools, loads and the balance term; and never a pair that is not
 * allowed.
 */
class CandidatePairsTest {

  private static final int EVENTS = 300;

  /** One random event: how it is built, so that it can be built twice. */
  private record Event(
      int papers,
      int reviewers,
      int tracks,
      int keywords,
      int k,
      int[][] loads,
      long balance,
      long seed) {}

  private static Event event(Random random) {
    int papers = 1 + random.nextInt(25);
    int reviewers = 1 + random.nextInt(12);
    int[][] loads = new int[reviewers][];
    for (int r = 0; r < reviewers; r++) {
      int min = random.nextInt(4) == 0 ? random.nextInt(3) : 0;
      loads[r] = new int[] {min, min + random.nextInt(6)};
    }
    return new Event(
        papers,
        reviewers,
        random.nextInt(4),
        1 + random.nextInt(6),
        random.nextInt(4),
        loads,
        random.nextInt(3) == 0 ? 1 + random.nextInt(30) : 0,
        random.nextLong());
  }

  private static CandidatePairs pairs(Event e, int perPaper) {
    Random random = new Random(e.seed());
    CandidatePairs.Builder b =
        CandidatePairs.builder(e.papers(), e.reviewers(), e.tracks(), e.keywords());
    for (int p = 0; p < e.papers(); p++) {
      int track = e.tracks() == 0 || random.nextInt(5) == 0 ? -1 : random.nextInt(e.tracks());
      b.paper(p, track, some(random, e.keywords(), 3));
    }
    for (int r = 0; r < e.reviewers(); r++) {
      int[] pool = random.nextInt(4) == 0 ? some(random, e.tracks(), 2) : new int[0];
      b.reviewer(r, some(random, e.tracks(), 2), some(random, e.keywords(), 3), pool);
    }
    Bid[] bids = Bid.values();
    for (int p = 0; p < e.papers(); p++) {
      for (int r = 0; r < e.reviewers(); r++) {
        int dice = random.nextInt(10);
        if (dice == 0) {
          b.exclude(p, r);
        } else if (dice <= 3) {
          b.bid(p, r, bids[random.nextInt(bids.length)]);
        }
      }
    }
    return b.build(perPaper);
  }

  private static int[] some(Random random, int size, int most) {
    if (size == 0) {
      return new int[0];
    }
    int n = random.nextInt(most + 1);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = random.nextInt(size);
    }
    return out;
  }

  private record Solved(Assignment assignment, int rounds) {}

  private static Solved solve(Event e, CandidatePairs pairs) {
    AssignmentProblem.Builder problem =
        AssignmentProblem.builder(e.papers(), e.reviewers())
            .reviewsPerPaper(e.k())
            .balance(e.balance());
    for (int r = 0; r < e.reviewers(); r++) {
      problem.loads(r, e.loads()[r][0], e.loads()[r][1]);
    }
    pairs.give(problem);
    AssignmentSolver solver = new AssignmentSolver();
    Assignment result = solver.solve(problem.build(), pairs, SolverProgress.NONE);
    return new Solved(result, solver.pricingRounds());
  }

  @Test
  void pricingTheLeftOutPairsGivesTheOptimumOfAllPairs() {
    Random random = new Random(20261204);
    int priced = 0;
    for (int n = 0; n < EVENTS; n++) {
      Event e = event(random);
      String label = "event " + n + " " + e;
      CandidatePairs all = pairs(e, e.reviewers());
      CandidatePairs few = pairs(e, 1 + random.nextInt(3));
      Solved everything = solve(e, all);
      Solved candidates = solve(e, few);
      assertEquals(0, everything.rounds(), label + ": nothing was left out");
      if (candidates.rounds() > 0) {
        priced++;
      }
      Assignment a = everything.assignment();
      Assignment b = candidates.assignment();
      assertEquals(a.cost(), b.cost(), label + ": the same optimum");
      assertEquals(a.pairs(), b.pairs(), label + ": as many reviews");
      assertEquals(missing(a), missing(b), label + ": as many short");
      assertEquals(under(a), under(b), label + ": as far under the fewest");
      Set<Long> seen = new HashSet<>();
      for (int i = 0; i < b.pairs(); i++) {
        int p = b.paper()[i];
        int r = b.reviewer()[i];
        assertTrue(few.isAllowed(p, r), label + ": pair " + p + "/" + r + " is not allowed");
        assertTrue(seen.add((long) p * e.reviewers() + r), label + ": a pair twice");
        assertEquals(few.cost(p, r), b.pairCost()[i], label + ": the pair's cost");
      }
    }
    assertTrue(priced > EVENTS / 10, "pricing added pairs in " + priced + " events only");
  }

  @Test
  void offeringEveryPairIsTheProblemOfEveryAllowedPairWithItsCost() {
    Random random = new Random(7);
    for (int n = 0; n < 100; n++) {
      Event e = event(random);
      CandidatePairs all = pairs(e, e.reviewers());
      AssignmentProblem.Builder dense =
          AssignmentProblem.builder(e.papers(), e.reviewers())
              .reviewsPerPaper(e.k())
              .balance(e.balance());
      for (int r = 0; r < e.reviewers(); r++) {
        dense.loads(r, e.loads()[r][0], e.loads()[r][1]);
      }
      for (int p = 0; p < e.papers(); p++) {
        for (int r = 0; r < e.reviewers(); r++) {
          if (all.isAllowed(p, r)) {
            dense.allow(p, r, all.cost(p, r));
          }
        }
      }
      Assignment reference = new AssignmentSolver().solve(dense.build(), SolverProgress.NONE);
      assertEquals(reference.cost(), solve(e, all).assignment().cost(), "event " + n);
    }
  }

  private static int missing(Assignment a) {
    return a.shortfalls().stream().mapToInt(Shortfall::missing).sum();
  }

  private static int under(Assignment a) {
    return a.underloads().stream().mapToInt(Underload::missing).sum();
  }
}
