package org.colloquium.reviews.domain.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.colloquium.reviews.api.Scores;

/**
 * A submission's reviews summed up. Scores are the reviews' weighted scores on 0–100, so that the
 * spread means the same whatever scales the form uses.
 */
public final class ScoreSummary {

  /**
   * Reviewers disagree when their scores lie this far apart: two steps on a 1–5 scale (50) or on an
   * A–D one (67), never two neighbouring values (25 and 33).
   */
  public static final double DISAGREEMENT = 40;

  private ScoreSummary() {}

  /** One submitted review: its score (null when no scored criterion was answered). */
  public record Reviewed(Double score, Integer confidence) {}

  public static Scores of(int assigned, Collection<Reviewed> submitted) {
    List<Double> scores = new ArrayList<>();
    List<Integer> confidences = new ArrayList<>();
    double weightedSum = 0;
    double weights = 0;
    boolean everyConfidence = true;
    for (Reviewed r : submitted) {
      if (r.confidence() != null) {
        confidences.add(r.confidence());
      }
      if (r.score() == null) {
        continue;
      }
      scores.add(r.score());
      if (r.confidence() != null && r.confidence() > 0) {
        weightedSum += r.score() * r.confidence();
        weights += r.confidence();
      } else {
        everyConfidence = false;
      }
    }
    Double mean = scores.isEmpty() ? null : mean(scores);
    Double weighted = scores.isEmpty() ? null : everyConfidence ? weightedSum / weights : mean;
    Double median = scores.isEmpty() ? null : median(scores);
    Double spread =
        scores.size() < 2
            ? null
            : scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    Double confidence =
        confidences.isEmpty()
            ? null
            : confidences.stream().mapToInt(Integer::intValue).average().orElseThrow();
    return new Scores(
        submitted.size(),
        Math.max(assigned, submitted.size()),
        mean,
        weighted,
        median,
        spread,
        spread != null && spread >= DISAGREEMENT,
        confidence);
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** The band of a mean score in the dashboard's histogram: 0 for 0–9, …, 9 for 90–100. */
  public static int band(double mean) {
    return Math.max(0, Math.min(9, (int) Math.floor(mean / 10)));
  }
}
