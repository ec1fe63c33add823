package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;

/** One criterion of a review form. */
public record CriterionSpec(
    String key,
    CriterionKind kind,
    CriterionRole role,
    String labelEn,
    String labelRo,
    String helpEn,
    String helpRo,
    List<ScaleValue> scale,
    int weight,
    boolean required,
    boolean scored,
    FieldVisibility visibility)
    implements Serializable {

  /**
   * An answer as a reader sees it: a scale's value with its label ("4 – Very good"), a text as
   * written.
   */
  public String answerText(String answer, boolean romanian) {
    if (answer == null || kind != CriterionKind.SCALE) {
      return answer;
    }
    for (ScaleValue v : scale) {
      if (Integer.toString(v.value()).equals(answer.strip())) {
        return v.value() + " – " + (romanian ? v.labelRo() : v.labelEn());
      }
    }
    return answer;
  }
}
