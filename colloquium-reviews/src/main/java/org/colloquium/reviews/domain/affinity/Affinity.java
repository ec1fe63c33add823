package org.colloquium.reviews.domain.affinity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.colloquium.reviews.api.Bid;

/**
 * A reviewer's affinity to a submission, from 0 to 100, with what it rests on so that organisers
 * can read why a pair was chosen: half for declaring an interest in the submission's track, half
 * for keywords shared with it (one shared keyword 25, two or more 50). Keywords compare without
 * case and Latin diacritics ("științe politice" is "Stiinte politice").
 *
 * @param trackInterest the reviewer declared an interest in the submission's track
 * @param sharedKeywords the submission's keywords the reviewer listed, as the submission has them
 */
public record Affinity(int value, boolean trackInterest, List<String> sharedKeywords) {

  public Affinity {
    sharedKeywords = List.copyOf(sharedKeywords);
  }

  public static final Affinity NONE = new Affinity(0, false, List.of());

  public static Affinity of(
      Set<Long> reviewerTracks,
      Collection<String> reviewerKeywords,
      Long submissionTrack,
      Collection<String> submissionKeywords) {
    boolean track = submissionTrack != null && reviewerTracks.contains(submissionTrack);
    Map<String, String> theirs = new LinkedHashMap<>();
    for (String k : submissionKeywords) {
      theirs.putIfAbsent(fold(k), k.strip());
    }
    List<String> shared = new ArrayList<>();
    for (String k : reviewerKeywords) {
      String match = theirs.remove(fold(k));
      if (match != null) {
        shared.add(match);
      }
    }
    int value = value(track, shared.size());
    return new Affinity(value, track, shared);
  }

  /**
   * The cost of the pair for the assignment, lower is better: the bid first (eager 0, willing 100,
   * neutral 200, rather not 600, so that no affinity turns a "rather not" into a choice over a
   * neutral pair), then 100 minus the affinity within the bid.
   */
  public long cost(Bid bid) {
    return cost(bid, value);
  }

  /** {@link #cost(Bid)} of an affinity {@code value}, for callers that count without records. */
  public static long cost(Bid bid, int value) {
    long base =
        switch (bid) {
          case EAGER -> 0;
          case WILLING -> 100;
          case NEUTRAL -> 200;
          case RATHER_NOT -> 600;
          case CONFLICT -> throw new IllegalArgumentException("a conflict is never a pair");
        };
    return base + 100 - value;
  }

  /** The value of a pair: track interest and the number of shared keywords. */
  public static int value(boolean trackInterest, int sharedKeywords) {
    return (trackInterest ? 50 : 0) + Math.min(2, sharedKeywords) * 25;
  }

  /** A keyword as pairs compare it: stripped, lower case, without Latin diacritics. */
  public static String fold(String keyword) {
    return Normalizer.normalize(keyword.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("(?<=\\p{IsLatin})\\p{M}+", "")
        .replaceAll("\\s+", " ");
  }
}
