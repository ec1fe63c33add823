package org.colloquium.reviews.domain.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.reviews.api.CriterionSpec;

/** Checks a review's answers. */
public final class ReviewSheet {
  private ReviewSheet() {}

  public static List<Problem> check(
      List<CriterionSpec> form, Map<String, String> answers, boolean submitting) {
    List<Problem> problems = new ArrayList<>();
    for (CriterionSpec c : form) {
      String a = answers.get(c.key());
      if (submitting && c.required() && (a == null || a.isBlank())) {
        problems.add(Problem.of(c.key(), "reviews.answer.required"));
      }
    }
    return problems;
  }
}
