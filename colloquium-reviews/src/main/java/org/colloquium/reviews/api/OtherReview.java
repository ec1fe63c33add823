package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.Map;

/**
 * Another reviewer's submitted review of the same submission, as a reviewer may read it when the
 * phase allows: every answer (the committee's confidential ones included), under the reviewer's
 * name only when the phase shows names ("Reviewer B" otherwise, stable for the submission).
 */
public record OtherReview(String reviewer, Map<String, String> answers) implements Serializable {

  public OtherReview {
    answers = Map.copyOf(answers);
  }
}
