package org.colloquium.reviews.domain.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.reviews.api.CriterionKind;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.ScaleValue;

/**
 * What is wrong with a review's answers: an answer to no criterion of the form, a value off its
 * scale, a text too long, and, on submitting only, a required answer missing. A draft may be
 * incomplete. Each problem names the criterion's key as its field, so the page shows it beside it.
 */
public final class ReviewSheet {

  /** The longest answer in words a field takes (the column holds 20,000 characters). */
  public static final int MAX_TEXT = 20_000;

  private ReviewSheet() {}

  public static List<Problem> check(
      List<CriterionSpec> form, Map<String, String> answers, boolean submitting) {
    List<Problem> problems = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (CriterionSpec c : form) {
      keys.add(c.key());
      String answer = answers.get(c.key());
      boolean blank = answer == null || answer.isBlank();
      if (blank) {
        if (submitting && c.required()) {
          problems.add(Problem.of(c.key(), "reviews.answer.required"));
        }
        continue;
      }
      if (c.kind() == CriterionKind.SCALE) {
        if (!onScale(c.scale(), answer.strip())) {
          problems.add(Problem.of(c.key(), "reviews.answer.offScale"));
        }
      } else if (answer.strip().length() > MAX_TEXT) {
        problems.add(Problem.of(c.key(), "reviews.answer.tooLong", MAX_TEXT));
      }
    }
    for (String key : answers.keySet()) {
      if (!keys.contains(key)) {
        problems.add(Problem.global("reviews.answer.unknown", key));
      }
    }
    return problems;
  }

  private static boolean onScale(List<ScaleValue> scale, String answer) {
    return scale.stream().anyMatch(v -> Integer.toString(v.value()).equals(answer));
  }
}
