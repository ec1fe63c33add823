package org.colloquium.reviews.domain.form;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.colloquium.reviews.api.CriterionKind;
import org.colloquium.reviews.api.CriterionRole;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.ScaleValue;

/**
 * A review's weighted score from 0 to 100: each scored criterion's answer placed on its scale (the
 * lowest value 0, the highest 100, so that a 1–5 scale and an A–D one count alike), averaged by the
 * criteria's weights over the criteria answered. Empty when no scored criterion is answered.
 */
public final class Scoring {

  private Scoring() {}

  public static OptionalDouble weightedScore(
      List<CriterionSpec> form, Map<String, String> answers) {
    double sum = 0;
    double weights = 0;
    for (CriterionSpec c : form) {
      if (c.kind() != CriterionKind.SCALE
          || !c.scored()
          || c.weight() <= 0
          || c.scale().isEmpty()) {
        continue;
      }
      String answer = answers.get(c.key());
      if (answer == null) {
        continue;
      }
      int low = c.scale().stream().mapToInt(ScaleValue::value).min().orElseThrow();
      int high = c.scale().stream().mapToInt(ScaleValue::value).max().orElseThrow();
      int value;
      try {
        value = Integer.parseInt(answer.strip());
      } catch (NumberFormatException e) {
        continue;
      }
      if (value < low || value > high) {
        continue;
      }
      double placed = high == low ? 100 : 100.0 * (value - low) / (high - low);
      sum += placed * c.weight();
      weights += c.weight();
    }
    return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / weights);
  }

  /** The answer to the form's confidence criterion, if it has one and it was answered. */
  public static OptionalInt confidence(List<CriterionSpec> form, Map<String, String> answers) {
    return form.stream()
        .filter(c -> c.role() == CriterionRole.CONFIDENCE)
        .map(c -> answers.get(c.key()))
        .filter(a -> a != null && a.matches("-?\\d{1,4}"))
        .mapToInt(Integer::parseInt)
        .findFirst();
  }
}
