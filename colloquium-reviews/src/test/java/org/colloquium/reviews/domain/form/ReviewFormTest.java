package org.colloquium.reviews.domain.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.reviews.api.CriterionKind;
import org.colloquium.reviews.api.CriterionRole;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.FieldVisibility;
import org.colloquium.reviews.api.ScaleValue;
import org.junit.jupiter.api.Test;

/** The default form, the checks of a review's answers and the weighted score. */
class ReviewFormTest {

  private static final List<CriterionSpec> FORM = DefaultReviewForm.criteria();

  private static Map<String, String> complete() {
    Map<String, String> answers = new HashMap<>();
    answers.put("relevance", "5");
    answers.put("originality", "4");
    answers.put("clarity", "3");
    answers.put("overall", "4");
    answers.put("confidence", "3");
    answers.put("comments", "Bine argumentat.");
    return answers;
  }

  @Test
  void theDefaultFormIsBilingualWithUniqueKeysAndOneConfidence() {
    Set<String> keys = new HashSet<>();
    for (CriterionSpec c : FORM) {
      assertTrue(keys.add(c.key()), "unique key " + c.key());
      assertNotEquals(c.labelEn(), c.labelRo(), "a Romanian label of its own: " + c.key());
      for (ScaleValue v : c.scale()) {
        assertTrue(!v.labelRo().isBlank() && !v.labelEn().isBlank(), c.key());
      }
      assertEquals(c.kind() == CriterionKind.SCALE, !c.scale().isEmpty(), c.key());
    }
    assertTrue(keys.containsAll(Set.of("relevance", "originality", "clarity", "overall")));
    assertEquals(
        1, FORM.stream().filter(c -> c.role() == CriterionRole.CONFIDENCE).count(), "confidence");
    assertTrue(
        FORM.stream().anyMatch(c -> c.labelRo().contains("ț") || c.labelRo().contains("ă")),
        "Romanian with its diacritics");
    CriterionSpec confidential =
        FORM.stream()
            .filter(c -> c.role() == CriterionRole.CONFIDENTIAL_COMMENTS)
            .findFirst()
            .orElseThrow();
    assertEquals(FieldVisibility.COMMITTEE, confidential.visibility());
  }

  @Test
  void aDraftMayBeIncompleteASubmittedReviewMayNot() {
    Map<String, String> partial = Map.of("comments", "Început de text");
    assertEquals(List.of(), ReviewSheet.check(FORM, partial, false));
    List<Problem> missing = ReviewSheet.check(FORM, partial, true);
    assertEquals(
        List.of("relevance", "originality", "clarity", "overall", "confidence"),
        missing.stream().map(Problem::field).toList());
    assertTrue(missing.stream().allMatch(p -> p.messageKey().equals("reviews.answer.required")));
    assertEquals(List.of(), ReviewSheet.check(FORM, complete(), true));
  }

  @Test
  void valuesOffTheScaleUnknownFieldsAndLongTextsAreRefusedEvenInADraft() {
    Map<String, String> bad = new HashMap<>(Map.of("relevance", "6", "clarity", "three"));
    bad.put("smuggled", "x");
    bad.put("comments", "a".repeat(ReviewSheet.MAX_TEXT + 1));
    List<Problem> problems = ReviewSheet.check(FORM, bad, false);
    assertEquals(
        Set.of(
            "relevance:reviews.answer.offScale",
            "clarity:reviews.answer.offScale",
            "comments:reviews.answer.tooLong",
            ":reviews.answer.unknown"),
        Set.copyOf(problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList()));
  }

  @Test
  void theWeightedScorePlacesEachAnswerOnItsScale() {
    // relevance 5 → 100, originality 4 → 75, clarity 3 → 50 (weight 1 each), overall 4 → 75
    // (weight 2): (100 + 75 + 50 + 150) / 5 = 75; confidence is not scored.
    assertEquals(75.0, Scoring.weightedScore(FORM, complete()).orElseThrow(), 1e-9);
    Map<String, String> some = Map.of("overall", "1", "confidence", "4");
    assertEquals(0.0, Scoring.weightedScore(FORM, some).orElseThrow(), 1e-9);
    assertEquals(OptionalDouble.empty(), Scoring.weightedScore(FORM, Map.of("comments", "x")));
    CriterionSpec letters =
        new CriterionSpec(
            "grade",
            CriterionKind.SCALE,
            CriterionRole.SCORE,
            "Grade",
            "Notă",
            null,
            null,
            List.of(
                new ScaleValue(1, "D", "D"),
                new ScaleValue(2, "C", "C"),
                new ScaleValue(3, "B", "B"),
                new ScaleValue(4, "A", "A")),
            3,
            true,
            true,
            FieldVisibility.AUTHORS);
    assertEquals(
        100.0 * 2 / 3,
        Scoring.weightedScore(List.of(letters), Map.of("grade", "3")).orElseThrow(),
        1e-9);
  }

  @Test
  void aScaleAnswerReadsAsItsValueAndLabelATextAsWritten() {
    var overall =
        DefaultReviewForm.criteria().stream()
            .filter(c -> c.key().equals("overall"))
            .findFirst()
            .orElseThrow();
    var top = overall.scale().get(overall.scale().size() - 1);
    assertEquals(
        top.value() + " – " + top.labelRo(), overall.answerText(" " + top.value() + " ", true));
    assertEquals("99", overall.answerText("99", false));
    var comments =
        DefaultReviewForm.criteria().stream()
            .filter(c -> c.key().equals("comments"))
            .findFirst()
            .orElseThrow();
    assertEquals("3", comments.answerText("3", false));
  }
}
