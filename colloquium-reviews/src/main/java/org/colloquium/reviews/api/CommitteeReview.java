package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.Map;

/**
 * One review of a submission as the organisers read it: under the reviewer's name, with every
 * answer (the committee's confidential ones too).
 *
 * @param score the weighted score on 0–100; null for a draft or without scored answers
 */
public record CommitteeReview(
    Long reviewerId,
    String reviewer,
    ReviewProgress progress,
    Double score,
    Map<String, String> answers)
    implements Serializable {

  public CommitteeReview {
    answers = Map.copyOf(answers);
  }
}
