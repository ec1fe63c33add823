package org.colloquium.reviews.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;

/**
 * The solver against an independent reference on many random instances: JGraphT's capacity-scaling
 * min-cost flow on a network built here with true lower bounds for the minimum loads (no
 * penalties), and JGraphT's push-relabel maximum flow for how many reviews can be covered at all.
 */
class AssignmentSolverPropertiesTest {

  private static final int INSTANCES = 400;

  /** A random instance with what the checks need to know of it. */
  private record Instance(
      AssignmentProblem problem,
      int papers,
      int reviewers,
      int[] demand,
      int[] min,
      int[] max,
      Map<Long, Long> costs,
      Set<Long> kept,
      long balance) {

    long key(int paper, int reviewer) {
      return (long) paper * reviewers + reviewer;
    }
  }

  private static Instance random(Random random) {
    int papers = 1 + random.nextInt(12);
    int reviewers = 1 + random.nextInt(8);
    int k = random.nextInt(4);
    double density = 0.2 + 0.8 * random.nextDouble();
    long balance = random.nextInt(3) == 0 ? 1 + random.nextInt(20) : 0;
    AssignmentProblem.Builder builder =
        AssignmentProblem.builder(papers, reviewers).reviewsPerPaper(k).balance(balance);
    int[] demand = new int[papers];
    for (int p = 0; p < papers; p++) {
      demand[p] = random.nextInt(5) == 0 ? random.nextInt(4) : k;
      builder.demand(p, demand[p]);
    }
    int[] min = new int[reviewers];
    int[] max = new int[reviewers];
    for (int r = 0; r < reviewers; r++) {
      min[r] = random.nextInt(3) == 0 ? random.nextInt(3) : 0;
      max[r] = min[r] + random.nextInt(5);
      builder.loads(r, min[r], max[r]);
    }
    Map<Long, Long> costs = new HashMap<>();
    Set<Long> kept = new HashSet<>();
    int[] keptOfPaper = new int[papers];
    int[] keptOfReviewer = new int[reviewers];
    for (int p = 0; p < papers; p++) {
      for (int r = 0; r < reviewers; r++) {
        if (random.nextDouble() >= density) {
          continue; // a conflict: the pair is not offered
        }
        long key = (long) p * reviewers + r;
        if (random.nextInt(8) == 0 && keptOfPaper[p] < demand[p] && keptOfReviewer[r] < max[r]) {
          builder.keep(p, r);
          kept.add(key);
          keptOfPaper[p]++;
          keptOfReviewer[r]++;
        } else {
          long cost = random.nextInt(51);
          builder.allow(p, r, cost);
          costs.put(key, cost);
        }
      }
    }
    return new Instance(builder.build(), papers, reviewers, demand, min, max, costs, kept, balance);
  }

  @Test
  void everyAssignmentKeepsTheRulesAndCostsWhatTheReferenceSays() {
    Random random = new Random(20261202);
    int feasible = 0;
    int short_ = 0;
    for (int n = 0; n < INSTANCES; n++) {
      Instance instance = random(random);
      Assignment result = new AssignmentSolver().solve(instance.problem(), SolverProgress.NONE);
      String label = "instance " + n;

      int[] got = new int[instance.papers()];
      int[] load = new int[instance.reviewers()];
      for (long key : instance.kept()) {
        got[(int) (key / instance.reviewers())]++;
        load[(int) (key % instance.reviewers())]++;
      }
      int[] keptLoad = load.clone();
      Set<Long> chosen = new HashSet<>();
      long cost = 0;
      for (int i = 0; i < result.pairs(); i++) {
        long key = instance.key(result.paper()[i], result.reviewer()[i]);
        assertTrue(instance.costs().containsKey(key), label + ": a pair not allowed: " + key);
        assertTrue(chosen.add(key), label + ": a pair twice");
        cost += instance.costs().get(key);
        got[result.paper()[i]]++;
        load[result.reviewer()[i]]++;
      }
      for (int r = 0; r < instance.reviewers(); r++) {
        for (int j = keptLoad[r] + 1; j <= load[r]; j++) {
          cost += instance.balance() * (j - 1);
        }
      }
      assertEquals(cost, result.cost(), label + ": the reported cost");

      Map<Integer, Integer> missing = new HashMap<>();
      result.shortfalls().forEach(s -> missing.put(s.paper(), s.missing()));
      for (int p = 0; p < instance.papers(); p++) {
        int want = Math.max(got[p] - missing.getOrDefault(p, 0), instance.demand()[p]);
        assertEquals(
            Math.max(instance.demand()[p], got[p]),
            got[p] + missing.getOrDefault(p, 0),
            label + ": paper " + p + " gets its reviews or is listed short " + want);
      }
      Map<Integer, Integer> under = new HashMap<>();
      result.underloads().forEach(u -> under.put(u.reviewer(), u.missing()));
      for (int r = 0; r < instance.reviewers(); r++) {
        assertTrue(
            load[r] <= Math.max(instance.max()[r], keptLoad[r]),
            label + ": reviewer " + r + " above the most");
        assertEquals(
            Math.max(0, instance.min()[r] - load[r]),
            under.getOrDefault(r, 0),
            label + ": reviewer " + r + " under the fewest is reported");
      }

      int covered = result.pairs();
      assertEquals(maximumCoverage(instance), covered, label + ": covers all it can");

      Long reference = referenceCost(instance);
      if (reference != null) {
        feasible++;
        assertTrue(result.shortfalls().isEmpty(), label + ": feasible, yet short");
        assertTrue(result.underloads().isEmpty(), label + ": feasible, yet underloaded");
        assertEquals(reference.longValue(), result.cost(), label + ": optimal cost");
      } else {
        short_++;
      }
    }
    assertTrue(feasible > INSTANCES / 4, "enough feasible instances: " + feasible);
    assertTrue(short_ > INSTANCES / 10, "enough infeasible instances: " + short_);
  }

  /** How many new reviews can be given at all (loads' maxima and demands, no costs). */
  private static int maximumCoverage(Instance in) {
    Graph<String, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    g.addVertex("s");
    g.addVertex("t");
    int[] keptOfPaper = new int[in.papers()];
    int[] keptOfReviewer = new int[in.reviewers()];
    for (long key : in.kept()) {
      keptOfPaper[(int) (key / in.reviewers())]++;
      keptOfReviewer[(int) (key % in.reviewers())]++;
    }
    for (int p = 0; p < in.papers(); p++) {
      g.addVertex("p" + p);
      g.setEdgeWeight(g.addEdge("s", "p" + p), Math.max(0, in.demand()[p] - keptOfPaper[p]));
    }
    for (int r = 0; r < in.reviewers(); r++) {
      g.addVertex("r" + r);
      g.setEdgeWeight(g.addEdge("r" + r, "t"), Math.max(0, in.max()[r] - keptOfReviewer[r]));
    }
    in.costs()
        .keySet()
        .forEach(
            key ->
                g.setEdgeWeight(
                    g.addEdge("p" + key / in.reviewers(), "r" + key % in.reviewers()), 1));
    return (int) Math.round(new PushRelabelMFImpl<>(g).getMaximumFlowValue("s", "t"));
  }

  /**
   * The least cost giving every paper its demand and every reviewer at least its minimum (as true
   * lower bounds), or null when no such assignment exists.
   */
  private static Long referenceCost(Instance in) {
    int[] keptOfPaper = new int[in.papers()];
    int[] keptOfReviewer = new int[in.reviewers()];
    for (long key : in.kept()) {
      keptOfPaper[(int) (key / in.reviewers())]++;
      keptOfReviewer[(int) (key % in.reviewers())]++;
    }
    Graph<String, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    Map<String, Integer> supply = new HashMap<>();
    Map<DefaultWeightedEdge, Integer> upper = new HashMap<>();
    Map<DefaultWeightedEdge, Integer> lower = new HashMap<>();
    g.addVertex("t");
    int total = 0;
    for (int p = 0; p < in.papers(); p++) {
      int need = Math.max(0, in.demand()[p] - keptOfPaper[p]);
      g.addVertex("p" + p);
      supply.put("p" + p, need);
      total += need;
    }
    supply.put("t", -total);
    for (int r = 0; r < in.reviewers(); r++) {
      g.addVertex("r" + r);
      int room = Math.max(0, in.max()[r] - keptOfReviewer[r]);
      int mustTake = Math.max(0, in.min()[r] - keptOfReviewer[r]);
      if (mustTake > room) {
        return null;
      }
      if (in.balance() == 0) {
        DefaultWeightedEdge e = g.addEdge("r" + r, "t");
        g.setEdgeWeight(e, 0);
        upper.put(e, room);
        lower.put(e, mustTake);
      } else {
        for (int j = keptOfReviewer[r] + 1; j <= keptOfReviewer[r] + room; j++) {
          DefaultWeightedEdge e = g.addEdge("r" + r, "t");
          g.setEdgeWeight(e, in.balance() * (j - 1));
          upper.put(e, 1);
          lower.put(e, j - keptOfReviewer[r] <= mustTake ? 1 : 0);
        }
      }
    }
    for (var entry : in.costs().entrySet()) {
      long key = entry.getKey();
      DefaultWeightedEdge e = g.addEdge("p" + key / in.reviewers(), "r" + key % in.reviewers());
      g.setEdgeWeight(e, entry.getValue());
      upper.put(e, 1);
      lower.put(e, 0);
    }
    try {
      var flow =
          new CapacityScalingMinimumCostFlow<String, DefaultWeightedEdge>()
              .getMinimumCostFlow(
                  new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                      g, v -> supply.getOrDefault(v, 0), upper::get, lower::get));
      return Math.round(flow.getCost());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return null;
    }
  }

  @Test
  void aCancelledSolveStops() {
    AssignmentProblem.Builder b = AssignmentProblem.builder(300, 100).reviewsPerPaper(3);
    Random random = new Random(1);
    for (int p = 0; p < 300; p++) {
      for (int r = 0; r < 100; r++) {
        b.allow(p, r, random.nextInt(1000));
      }
    }
    SolverProgress cancelled =
        new SolverProgress() {
          @Override
          public void report(double fraction) {}

          @Override
          public boolean isCancelled() {
            return true;
          }
        };
    AssignmentProblem problem = b.build();
    org.junit.jupiter.api.Assertions.assertThrows(
        java.util.concurrent.CancellationException.class,
        () -> new AssignmentSolver().solve(problem, cancelled));
  }

  @Test
  void progressClimbsToTheEnd() {
    AssignmentProblem.Builder b = AssignmentProblem.builder(20, 10).reviewsPerPaper(2);
    for (int p = 0; p < 20; p++) {
      for (int r = 0; r < 10; r++) {
        b.allow(p, r, (p * 7 + r * 13) % 50);
      }
    }
    List<Double> seen = new ArrayList<>();
    new AssignmentSolver()
        .solve(
            b.build(),
            new SolverProgress() {
              @Override
              public void report(double fraction) {
                seen.add(fraction);
              }

              @Override
              public boolean isCancelled() {
                return false;
              }
            });
    assertFalse(seen.isEmpty());
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i) >= seen.get(i - 1), "never goes back: " + seen);
    }
    assertEquals(1.0, seen.get(seen.size() - 1), 1e-9);
  }
}
