package org.colloquium.reviews.domain.form;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.colloquium.reviews.api.CriterionSpec;

/** Weighted score. */
public final class Scoring {
  private Scoring() {}

  public static OptionalDouble weightedScore(
      List<CriterionSpec> form, Map<String, String> answers) {
    return OptionalDouble.empty();
  }
}
