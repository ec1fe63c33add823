package org.colloquium.reviews.domain.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.reviews.api.CriterionKind;
import org.colloquium.reviews.api.CriterionRole;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.ScaleValue;

/**
 * Whether a review form an organiser built can be used: keys, labels in both languages, scales of 2
 * to 11 distinct values, weights, one confidence criterion at most. Once reviews exist, what they
 * answered must stay answerable: every criterion stays, with its kind and its scale's values (its
 * labels, weight, help and visibility may change). Problems name {@code criteria.<index>.<field>}.
 */
public final class FormRules {

  public static final int MAX_CRITERIA = 30;
  public static final int MAX_LABEL = 200;
  public static final int MAX_HELP = 1000;
  public static final int MAX_VALUE_LABEL = 100;
  public static final int MIN_SCALE = 2;
  public static final int MAX_SCALE = 11;

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  private FormRules() {}

  public static List<Problem> check(
      List<CriterionSpec> proposed, List<CriterionSpec> current, boolean reviewsExist) {
    List<Problem> problems = new ArrayList<>();
    if (proposed.isEmpty()) {
      problems.add(Problem.global("reviews.form.empty"));
    }
    if (proposed.size() > MAX_CRITERIA) {
      problems.add(Problem.global("reviews.form.tooMany", MAX_CRITERIA));
    }
    Set<String> keys = new HashSet<>();
    int confidence = 0;
    for (int i = 0; i < proposed.size(); i++) {
      CriterionSpec c = proposed.get(i);
      String at = "criteria." + i + ".";
      if (c.key() == null || !KEY.matcher(c.key()).matches()) {
        problems.add(Problem.of(at + "key", "reviews.form.key"));
      } else if (!keys.add(c.key())) {
        problems.add(Problem.of(at + "key", "reviews.form.keyTwice", c.key()));
      }
      label(c.labelEn(), at + "labelEn", problems);
      label(c.labelRo(), at + "labelRo", problems);
      if ((c.helpEn() != null && c.helpEn().length() > MAX_HELP)
          || (c.helpRo() != null && c.helpRo().length() > MAX_HELP)) {
        problems.add(Problem.of(at + "help", "reviews.form.helpTooLong", MAX_HELP));
      }
      if (c.weight() < 0 || c.weight() > 100) {
        problems.add(Problem.of(at + "weight", "reviews.form.weight"));
      }
      if (c.kind() == CriterionKind.SCALE) {
        scale(c.scale(), at + "scale", problems);
        if (c.role() == CriterionRole.CONFIDENCE) {
          confidence++;
        }
      } else if (c.scored()
          || c.role() == CriterionRole.CONFIDENCE
          || c.role() == CriterionRole.SCORE) {
        problems.add(Problem.of(at + "kind", "reviews.form.textNotScored"));
      }
    }
    if (confidence > 1) {
      problems.add(Problem.global("reviews.form.oneConfidence"));
    }
    if (reviewsExist) {
      Map<String, CriterionSpec> now = new HashMap<>();
      proposed.forEach(c -> now.put(c.key(), c));
      for (CriterionSpec before : current) {
        CriterionSpec after = now.get(before.key());
        if (after == null
            || after.kind() != before.kind()
            || !values(after.scale()).equals(values(before.scale()))) {
          problems.add(Problem.global("reviews.form.lockedByReviews", before.labelEn()));
        }
      }
    }
    return problems;
  }

  private static Set<Integer> values(List<ScaleValue> scale) {
    return scale.stream().map(ScaleValue::value).collect(Collectors.toSet());
  }

  private static void label(String label, String field, List<Problem> problems) {
    if (label == null || label.isBlank()) {
      problems.add(Problem.of(field, "reviews.form.labelRequired"));
    } else if (label.length() > MAX_LABEL) {
      problems.add(Problem.of(field, "reviews.form.labelTooLong", MAX_LABEL));
    }
  }

  private static void scale(List<ScaleValue> scale, String field, List<Problem> problems) {
    if (scale.size() < MIN_SCALE || scale.size() > MAX_SCALE) {
      problems.add(Problem.of(field, "reviews.form.scaleSize", MIN_SCALE, MAX_SCALE));
      return;
    }
    Set<Integer> seen = new HashSet<>();
    for (ScaleValue v : scale) {
      if (!seen.add(v.value())
          || v.labelEn() == null
          || v.labelEn().isBlank()
          || v.labelRo() == null
          || v.labelRo().isBlank()
          || v.labelEn().length() > MAX_VALUE_LABEL
          || v.labelRo().length() > MAX_VALUE_LABEL) {
        problems.add(Problem.of(field, "reviews.form.scaleValues", MAX_VALUE_LABEL));
        return;
      }
    }
  }
}
