package org.colloquium.reviews.domain.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.reviews.api.AuthorOutcome.AuthorReview;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.FieldVisibility;
import org.colloquium.reviews.domain.form.DefaultReviewForm;
import org.junit.jupiter.api.Test;

class AuthorReviewsTest {

  private static final List<CriterionSpec> FORM = DefaultReviewForm.criteria();

  private static String key(FieldVisibility visibility, boolean text) {
    return FORM.stream()
        .filter(c -> c.visibility() == visibility && (c.scale().isEmpty() == text))
        .findFirst()
        .orElseThrow()
        .key();
  }

  @Test
  void reviewersAreNamedOnlyWhenNamesAreGiven() {
    String shown = key(FieldVisibility.AUTHORS, true);
    List<Map<String, String>> answers =
        List.of(Map.of(shown, "Clear."), Map.of(shown, "Convincing."));
    String blind = AuthorReviews.text(AuthorReviews.of(FORM, answers), Language.EN);
    assertTrue(blind.startsWith("Review 1\n"), blind);
    assertFalse(blind.contains("Олена"), blind);
    List<AuthorReview> open =
        AuthorReviews.of(FORM, answers, List.of("Олена Шевченко", "Radu Vasilescu"));
    assertEquals("Radu Vasilescu", open.get(1).name());
    String text = AuthorReviews.text(open, Language.RO);
    assertTrue(text.startsWith("Evaluarea 1 — Олена Шевченко\n"), text);
    assertTrue(text.contains("Evaluarea 2 — Radu Vasilescu\n"), text);
  }

  @Test
  void committeeFieldsNeverReachAuthors() {
    String shown = key(FieldVisibility.AUTHORS, true);
    String hidden = key(FieldVisibility.COMMITTEE, true);
    List<AuthorReview> reviews =
        AuthorReviews.of(
            FORM, List.of(Map.of(shown, "Clear and useful.", hidden, "Weak; reject quietly.")));
    assertEquals(1, reviews.size());
    String text = AuthorReviews.text(reviews, Language.EN);
    assertTrue(text.contains("Clear and useful."), text);
    assertFalse(text.contains("reject quietly"), text);
  }

  @Test
  void scalesReadAsTheirLabelsInTheRecipientsLanguage() {
    CriterionSpec scale =
        FORM.stream()
            .filter(c -> c.visibility() == FieldVisibility.AUTHORS && !c.scale().isEmpty())
            .findFirst()
            .orElseThrow();
    var value = scale.scale().get(scale.scale().size() - 1);
    List<AuthorReview> reviews =
        AuthorReviews.of(FORM, List.of(Map.of(scale.key(), Integer.toString(value.value()))));
    assertTrue(AuthorReviews.text(reviews, Language.EN).contains(value.labelEn()));
    assertTrue(AuthorReviews.text(reviews, Language.RO).contains(value.labelRo()));
    assertTrue(AuthorReviews.text(reviews, Language.RO).startsWith("Evaluarea 1"));
  }

  @Test
  void reviewersKeepTheirNumberWhenOneSaysNothingToAuthors() {
    String shown = key(FieldVisibility.AUTHORS, true);
    String hidden = key(FieldVisibility.COMMITTEE, true);
    List<AuthorReview> reviews =
        AuthorReviews.of(FORM, List.of(Map.of(hidden, "only for us"), Map.of(shown, "Good.")));
    assertEquals(1, reviews.size());
    assertEquals(2, reviews.get(0).reviewer());
  }

  @Test
  void withoutCommentsTheMailSaysSo() {
    assertEquals(
        "(The reviewers left no comments for the authors.)",
        AuthorReviews.text(List.of(), Language.EN));
  }
}
