package org.colloquium.reviews.domain.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.reviews.api.CriterionKind;
import org.colloquium.reviews.api.CriterionRole;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.FieldVisibility;
import org.colloquium.reviews.api.ScaleValue;
import org.junit.jupiter.api.Test;

class FormRulesTest {

  private static final List<CriterionSpec> DEFAULT = DefaultReviewForm.criteria();

  private static List<String> keys(List<CriterionSpec> form, boolean reviewsExist) {
    return FormRules.check(form, DEFAULT, reviewsExist).stream()
        .map(p -> p.field() + ":" + p.messageKey())
        .toList();
  }

  private static CriterionSpec scale(String key, List<ScaleValue> values) {
    return new CriterionSpec(
        key,
        CriterionKind.SCALE,
        CriterionRole.SCORE,
        "Rigour",
        "Rigoare",
        null,
        null,
        values,
        1,
        true,
        true,
        FieldVisibility.AUTHORS);
  }

  private static final List<ScaleValue> A_TO_D =
      List.of(
          new ScaleValue(1, "D – weak", "D – slab"),
          new ScaleValue(2, "C", "C"),
          new ScaleValue(3, "B", "B"),
          new ScaleValue(4, "A – strong", "A – puternic"));

  @Test
  void theDefaultFormIsValid() {
    assertEquals(List.of(), keys(DEFAULT, true));
  }

  @Test
  void beforeAnyReviewCriteriaMayBeAddedRemovedAndRescaled() {
    List<CriterionSpec> form = new ArrayList<>(DEFAULT.subList(0, 2));
    form.add(scale("rigour", A_TO_D));
    assertEquals(List.of(), keys(form, false));
  }

  @Test
  void onceReviewsExistAnsweredCriteriaStayWithTheirValues() {
    List<CriterionSpec> removed = new ArrayList<>(DEFAULT.subList(1, DEFAULT.size()));
    assertTrue(keys(removed, true).contains(":reviews.form.lockedByReviews"));
    List<CriterionSpec> relabelled = new ArrayList<>();
    for (CriterionSpec c : DEFAULT) {
      relabelled.add(
          new CriterionSpec(
              c.key(),
              c.kind(),
              c.role(),
              c.labelEn() + " (revised)",
              c.labelRo(),
              c.helpEn(),
              c.helpRo(),
              c.scale(),
              c.kind() == CriterionKind.SCALE && c.scored() ? 5 : c.weight(),
              c.required(),
              c.scored(),
              c.visibility()));
    }
    relabelled.add(scale("rigour", A_TO_D));
    assertEquals(List.of(), keys(relabelled, true), "labels, weights and new criteria are fine");
  }

  @Test
  void keysLabelsScalesAndWeightsAreChecked() {
    List<CriterionSpec> form =
        List.of(
            new CriterionSpec(
                "Bad Key",
                CriterionKind.SCALE,
                CriterionRole.SCORE,
                " ",
                "Rigoare",
                null,
                null,
                List.of(new ScaleValue(1, "only", "una")),
                101,
                true,
                true,
                FieldVisibility.AUTHORS),
            scale("rigour", List.of(new ScaleValue(1, "a", "a"), new ScaleValue(1, "b", "b"))),
            scale("rigour", A_TO_D),
            new CriterionSpec(
                "notes",
                CriterionKind.TEXT,
                CriterionRole.SCORE,
                "Notes",
                "Note",
                null,
                null,
                List.of(),
                0,
                false,
                true,
                FieldVisibility.COMMITTEE));
    assertEquals(
        List.of(
            "criteria.0.key:reviews.form.key",
            "criteria.0.labelEn:reviews.form.labelRequired",
            "criteria.0.weight:reviews.form.weight",
            "criteria.0.scale:reviews.form.scaleSize",
            "criteria.1.scale:reviews.form.scaleValues",
            "criteria.2.key:reviews.form.keyTwice",
            "criteria.3.kind:reviews.form.textNotScored"),
        keys(form, false));
  }

  @Test
  void anEmptyFormAndTwoConfidencesAreRefused() {
    assertEquals(List.of(":reviews.form.empty"), keys(List.of(), false));
    CriterionSpec confidence =
        DEFAULT.stream()
            .filter(c -> c.role() == CriterionRole.CONFIDENCE)
            .findFirst()
            .orElseThrow();
    CriterionSpec second =
        new CriterionSpec(
            "confidence-2",
            confidence.kind(),
            confidence.role(),
            confidence.labelEn(),
            confidence.labelRo(),
            null,
            null,
            confidence.scale(),
            0,
            false,
            false,
            confidence.visibility());
    List<Problem> problems = FormRules.check(List.of(confidence, second), DEFAULT, false);
    assertTrue(
        problems.stream().anyMatch(p -> p.messageKey().equals("reviews.form.oneConfidence")));
  }
}
