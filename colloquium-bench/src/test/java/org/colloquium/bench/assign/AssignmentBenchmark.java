package org.colloquium.bench.assign;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.colloquium.reviews.domain.assignment.Assignment;
import org.colloquium.reviews.domain.assignment.AssignmentProblem;
import org.colloquium.reviews.domain.assignment.AssignmentSolver;
import org.colloquium.reviews.domain.assignment.SolverProgress;

/**
 * Solves each instance file given (format: ../shared/bench/assign/README.md) with Colloquium's
 * solver and with OR-tools' MinCostFlow (max flow at min cost, the reference), each after one
 * warm-up run, {@code REPEAT} times, and prints one line per solver: median and best solve time,
 * the cost, the ratio of ours to the reference, and the heap the solve took.
 */
public final class AssignmentBenchmark {

  private static final int REPEAT = Integer.getInteger("repeat", 5);

  /** One instance as read. */
  private record Instance(int papers, int reviewers, int k, int load, int[] p, int[] r, long[] c) {}

  public static void main(String[] args) throws IOException {
    Loader.loadNativeLibraries();
    System.out.printf(
        "%-12s %-10s %10s %10s %12s %8s %10s%n",
        "instance", "solver", "median s", "best s", "cost", "ratio", "heap MB");
    for (String file : args) {
      Instance in = read(Path.of(file));
      String name = Path.of(file).getFileName().toString();
      double[] ours = new double[REPEAT];
      double[] reference = new double[REPEAT];
      long ourCost = 0;
      long referenceCost = 0;
      long ourHeap = 0;
      long referenceHeap = 0;
      AssignmentProblem problem = problem(in);
      ourCost = solveOurs(problem); // warm-up
      for (int i = 0; i < REPEAT; i++) {
        resetPeaks();
        long t = System.nanoTime();
        ourCost = solveOurs(problem);
        ours[i] = (System.nanoTime() - t) / 1e9;
        ourHeap = Math.max(ourHeap, peakHeap());
      }
      referenceCost = solveReference(in, null); // warm-up
      for (int i = 0; i < REPEAT; i++) {
        resetPeaks();
        double[] seconds = new double[1];
        referenceCost = solveReference(in, seconds);
        reference[i] = seconds[0];
        referenceHeap = Math.max(referenceHeap, peakHeap());
      }
      double ourMedian = median(ours);
      double referenceMedian = median(reference);
      System.out.printf(
          "%-12s %-10s %10.3f %10.3f %12d %8.2f %10d%n",
          name,
          "colloquium",
          ourMedian,
          min(ours),
          ourCost,
          ourMedian / referenceMedian,
          ourHeap >> 20);
      System.out.printf(
          "%-12s %-10s %10.3f %10.3f %12d %8.2f %10s%n",
          name,
          "or-tools",
          referenceMedian,
          min(reference),
          referenceCost,
          1.0,
          referenceHeap >> 20);
      if (ourCost != referenceCost) {
        System.out.println("COST DIFFERS on " + name);
        System.exit(1);
      }
    }
  }

  private static long solveOurs(AssignmentProblem problem) {
    Assignment a = new AssignmentSolver().solve(problem, SolverProgress.NONE);
    if (!a.shortfalls().isEmpty()) {
      throw new IllegalStateException("short papers: " + a.shortfalls().size());
    }
    return a.cost();
  }

  /** OR-tools on the plain network: source → paper (K) → reviewer (1, cost) → sink (L). */
  private static long solveReference(Instance in, double[] seconds) {
    MinCostFlow flow = new MinCostFlow();
    int source = 0;
    int sink = in.papers() + in.reviewers() + 1;
    for (int paper = 0; paper < in.papers(); paper++) {
      flow.addArcWithCapacityAndUnitCost(source, 1 + paper, in.k(), 0);
    }
    for (int i = 0; i < in.p().length; i++) {
      flow.addArcWithCapacityAndUnitCost(1 + in.p()[i], 1 + in.papers() + in.r()[i], 1, in.c()[i]);
    }
    for (int r = 0; r < in.reviewers(); r++) {
      flow.addArcWithCapacityAndUnitCost(1 + in.papers() + r, sink, in.load(), 0);
    }
    flow.setNodeSupply(source, (long) in.papers() * in.k());
    flow.setNodeSupply(sink, -(long) in.papers() * in.k());
    long t = System.nanoTime();
    MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
    if (seconds != null) {
      seconds[0] = (System.nanoTime() - t) / 1e9;
    }
    if (status != MinCostFlowBase.Status.OPTIMAL) {
      throw new IllegalStateException("OR-tools: " + status);
    }
    long cost = flow.getOptimalCost();
    flow.delete();
    return cost;
  }

  private static AssignmentProblem problem(Instance in) {
    AssignmentProblem.Builder b =
        AssignmentProblem.builder(in.papers(), in.reviewers()).reviewsPerPaper(in.k());
    for (int r = 0; r < in.reviewers(); r++) {
      b.loads(r, 0, in.load());
    }
    for (int i = 0; i < in.p().length; i++) {
      b.allow(in.p()[i], in.r()[i], in.c()[i]);
    }
    return b.build();
  }

  private static Instance read(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file)) {
      String line;
      int[] header = null;
      List<long[]> rows = new ArrayList<>();
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.trim().split("\\s+");
        if (header == null) {
          header = Arrays.stream(f).mapToInt(Integer::parseInt).toArray();
        } else {
          rows.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])});
        }
      }
      int n = rows.size();
      int[] p = new int[n];
      int[] r = new int[n];
      long[] c = new long[n];
      for (int i = 0; i < n; i++) {
        p[i] = (int) rows.get(i)[0];
        r[i] = (int) rows.get(i)[1];
        c[i] = rows.get(i)[2];
      }
      return new Instance(header[0], header[1], header[2], header[3], p, r, c);
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The heap's peak since the last reset, summed over the pools (an upper bound). */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }
}
