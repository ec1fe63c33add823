package org.colloquium.reviews.domain.assignment;

import java.util.Arrays;
import java.util.concurrent.CancellationException;

/**
 * An exact minimum-cost flow by cost scaling with push and relabel (Goldberg and Tarjan, 1990; the
 * method of CS2, LEMON's CostScaling and OR-tools' min-cost flow): integer capacities and costs,
 * node supplies summing to zero, a feasible problem. Arcs live in flat arrays (CSR by tail, the
 * reverse of arc {@code a} at {@code a ^ 1} before sorting, found through {@code reverse}), so two
 * million arcs cost tens of megabytes, not an object each.
 *
 * <p>Costs are multiplied by {@code n + 1}; a flow that is 1-optimal for those is optimal for the
 * original costs (Bertsekas; Goldberg and Tarjan, Theorem 3.4). Each refinement divides epsilon by
 * {@link #ALPHA}, saturates the arcs of negative reduced cost and discharges the nodes with excess
 * in FIFO order, looking ahead before each push (CS2's push look-ahead: a node that could not pass
 * the flow on is relabelled first), which took the large shared instance from 6.7 s to 1.5 s. CS2's
 * price update (distances to the deficits, by buckets) was tried as well and made it slower here
 * (2.9 to 4.4 s), so it is left out.
 */
final class MinCostFlow {

  /**
   * Epsilon's divisor per refinement. Measured on the shared large instance (20,000 papers, 2
   * million pairs): 6 → 1.7 s, 8 → 1.5 s, 12 → 1.45 s; CS2 and OR-tools use 8 to 16.
   */
  static final long ALPHA = 10;

  private final int nodes;
  private int arcs;
  private int[] tail = new int[64];
  private int[] head = new int[64];
  private long[] capacity = new long[64];
  private long[] cost = new long[64];
  private final long[] supply;

  // Built by solve(): CSR order.
  private int[] first;
  private int[] to;
  private int[] reverse;
  private long[] residual;
  private long[] scaledCost;
  private long[] price;
  private long[] excess;

  MinCostFlow(int nodes) {
    this.nodes = nodes;
    this.supply = new long[nodes];
  }

  /** Adds an arc; returns its id for {@link #flow}. */
  int addArc(int from, int toNode, long cap, long arcCost) {
    if (arcs == tail.length) {
      int size = arcs * 2;
      tail = Arrays.copyOf(tail, size);
      head = Arrays.copyOf(head, size);
      capacity = Arrays.copyOf(capacity, size);
      cost = Arrays.copyOf(cost, size);
    }
    tail[arcs] = from;
    head[arcs] = toNode;
    capacity[arcs] = cap;
    cost[arcs] = arcCost;
    return arcs++;
  }

  void supply(int node, long amount) {
    supply[node] += amount;
  }

  /** The flow on an arc after {@link #solve}. */
  long flow(int arc) {
    int forward = position[2 * arc];
    return capacity[arc] - residual[forward];
  }

  private int[] position;

  /**
   * A node's price after {@link #solve}, in scaled costs ({@link #scale()} times the original):
   * every residual arc then has a reduced cost {@code scale * cost + price(tail) - price(head)} of
   * at least -1, which makes the flow optimal; an arc added later with a reduced cost of -1 or more
   * would leave it optimal.
   */
  long price(int node) {
    return price[node];
  }

  /**
   * Lowers the prices of nodes {@code from} to {@code to} (exclusive) each to the least its
   * residual out-arcs allow, keeping every reduced cost at -1 or more: the flow stays optimal, and
   * arcs that enter these nodes get the highest reduced costs optimal prices can give them. Cost
   * scaling leaves a node that never held excess at its first price, which makes arcs added later
   * look better than they are.
   */
  void lowerPrices(int from, int to) {
    for (int v = from; v < to; v++) {
      long least = Long.MIN_VALUE;
      for (int a = first[v]; a < first[v + 1]; a++) {
        if (residual[a] > 0) {
          least = Math.max(least, price[this.to[a]] - scaledCost[a]);
        }
      }
      if (least != Long.MIN_VALUE) {
        price[v] = Math.min(price[v], least - 1);
      }
    }
  }

  /**
   * As {@link #lowerPrices}, the other way: raises each price to the most its residual in-arcs
   * allow.
   */
  void raisePrices(int from, int to) {
    for (int v = from; v < to; v++) {
      long most = Long.MAX_VALUE;
      for (int a = first[v]; a < first[v + 1]; a++) {
        int back = reverse[a];
        if (residual[back] > 0) {
          most = Math.min(most, price[this.to[a]] + scaledCost[back]);
        }
      }
      if (most != Long.MAX_VALUE) {
        price[v] = Math.max(price[v], most + 1);
      }
    }
  }

  /** The cost of the flow after {@link #solve}, in original units. */
  long totalCost() {
    long total = 0;
    for (int arc = 0; arc < arcs; arc++) {
      total += flow(arc) * cost[arc];
    }
    return total;
  }

  /** The factor costs are multiplied by inside the solver. */
  long scale() {
    return nodes + 1L;
  }

  /**
   * Solves the problem.
   *
   * @param progress told of each refinement; its cancel is heeded between pushes
   * @return the total cost (original units)
   */
  long solve(SolverProgress progress) {
    return solve(progress, Long.MAX_VALUE);
  }

  /**
   * @param costRange where scaling starts, in original cost units: the largest cost that matters to
   *     the result's shape. Refinement is correct from any epsilon (it first saturates every arc of
   *     negative reduced cost); starting below huge penalty costs only saves rounds.
   */
  long solve(SolverProgress progress, long costRange) {
    build();
    long maxCost = 1;
    for (int a = 0; a < 2 * arcs; a++) {
      maxCost = Math.max(maxCost, Math.abs(scaledCost[a]));
    }
    if (costRange < Long.MAX_VALUE / (nodes + 1L)) {
      maxCost = Math.min(maxCost, Math.max(1, costRange) * (nodes + 1L));
    }
    price = new long[nodes];
    excess = supply.clone();
    int[] current = new int[nodes];
    int[] queue = new int[nodes + 1];
    boolean[] queued = new boolean[nodes];
    int rounds = 0;
    int expected = 0;
    for (long e = maxCost; e > 1; e = Math.max(1, e / ALPHA)) {
      expected++;
    }
    long epsilon = maxCost;
    long work = 0;
    do {
      if (progress.isCancelled()) {
        throw new CancellationException("assignment cancelled");
      }
      epsilon = Math.max(1, epsilon / ALPHA);
      // Saturate every residual arc of negative reduced cost: the flow becomes 0-optimal.
      for (int u = 0; u < nodes; u++) {
        long pu = price[u];
        for (int a = first[u]; a < first[u + 1]; a++) {
          long r = residual[a];
          if (r > 0 && scaledCost[a] + pu - price[to[a]] < 0) {
            residual[a] = 0;
            residual[reverse[a]] += r;
            excess[u] -= r;
            excess[to[a]] += r;
          }
        }
      }
      int qHead = 0;
      int qTail = 0;
      for (int u = 0; u < nodes; u++) {
        current[u] = first[u];
        if (excess[u] > 0) {
          queue[qTail++] = u;
          queued[u] = true;
        }
      }
      int size = nodes + 1;
      while (qHead != qTail) {
        int u = queue[qHead];
        qHead = qHead + 1 == size ? 0 : qHead + 1;
        queued[u] = false;
        // Discharge u.
        while (excess[u] > 0) {
          int a = current[u];
          if (a == first[u + 1]) {
            relabel(u, epsilon);
            current[u] = first[u];
            if ((++work & 0xFFF) == 0 && progress.isCancelled()) {
              throw new CancellationException("assignment cancelled");
            }
            continue;
          }
          int v = to[a];
          long r = residual[a];
          if (r > 0 && scaledCost[a] + price[u] - price[v] < 0) {
            // Look-ahead (Goldberg 1997): flow pushed to a node that cannot pass it on comes
            // back; relabel that node first, which may make this arc inadmissible.
            if (excess[v] >= 0 && !admissibleOut(v, current) && tryRelabel(v, epsilon)) {
              current[v] = first[v];
              if (scaledCost[a] + price[u] - price[v] >= 0) {
                current[u] = a + 1;
                continue;
              }
            }
            long delta = Math.min(excess[u], r);
            residual[a] = r - delta;
            residual[reverse[a]] += delta;
            excess[u] -= delta;
            excess[v] += delta;
            if (excess[v] > 0 && !queued[v]) {
              queue[qTail] = v;
              qTail = qTail + 1 == size ? 0 : qTail + 1;
              queued[v] = true;
            }
            if (residual[a] == 0) {
              current[u] = a + 1;
            }
          } else {
            current[u] = a + 1;
          }
        }
      }
      rounds++;
      progress.report(epsilon == 1 ? 1.0 : Math.min(1.0, rounds / (double) Math.max(1, expected)));
    } while (epsilon > 1);
    long total = 0;
    for (int arc = 0; arc < arcs; arc++) {
      total += flow(arc) * cost[arc];
    }
    return total;
  }

  /** Whether v has an admissible arc; moves its current arc to the first one found. */
  private boolean admissibleOut(int v, int[] current) {
    long pv = price[v];
    int end = first[v + 1];
    for (int a = current[v]; a < end; a++) {
      if (residual[a] > 0 && scaledCost[a] + pv - price[to[a]] < 0) {
        current[v] = a;
        return true;
      }
    }
    current[v] = end;
    return false;
  }

  /** Lowers u's price just enough that its cheapest residual arc becomes admissible. */
  private void relabel(int u, long epsilon) {
    if (!tryRelabel(u, epsilon)) {
      throw new IllegalStateException("node " + u + " has excess and no residual arc");
    }
  }

  /** As {@link #relabel}; false (and nothing changed) for a node without residual arcs. */
  private boolean tryRelabel(int u, long epsilon) {
    long best = Long.MIN_VALUE;
    for (int a = first[u]; a < first[u + 1]; a++) {
      if (residual[a] > 0) {
        long candidate = price[to[a]] - scaledCost[a];
        if (candidate > best) {
          best = candidate;
        }
      }
    }
    if (best == Long.MIN_VALUE) {
      return false;
    }
    price[u] = best - epsilon;
    return true;
  }

  /** Lays the arcs and their reverses out by tail (counting sort). */
  private void build() {
    long scale = nodes + 1L;
    first = new int[nodes + 1];
    for (int a = 0; a < arcs; a++) {
      first[tail[a] + 1]++;
      first[head[a] + 1]++;
    }
    for (int u = 0; u < nodes; u++) {
      first[u + 1] += first[u];
    }
    int[] fill = Arrays.copyOf(first, nodes);
    int total = 2 * arcs;
    to = new int[total];
    reverse = new int[total];
    residual = new long[total];
    scaledCost = new long[total];
    position = new int[total];
    for (int a = 0; a < arcs; a++) {
      int f = fill[tail[a]]++;
      int b = fill[head[a]]++;
      to[f] = head[a];
      to[b] = tail[a];
      reverse[f] = b;
      reverse[b] = f;
      residual[f] = capacity[a];
      residual[b] = 0;
      scaledCost[f] = cost[a] * scale;
      scaledCost[b] = -cost[a] * scale;
      position[2 * a] = f;
      position[2 * a + 1] = b;
    }
  }
}
