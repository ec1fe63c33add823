package org.colloquium.reviews.domain.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.reviews.api.AuthorOutcome.AnsweredField;
import org.colloquium.reviews.api.AuthorOutcome.AuthorReview;
import org.colloquium.reviews.api.CriterionKind;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.FieldVisibility;
import org.colloquium.reviews.api.ScaleValue;

/**
 * A submission's reviews as its authors read them: only the fields the form shows to authors,
 * reviewers numbered in the order they were assigned, a scale's answer by its label.
 */
public final class AuthorReviews {

  private AuthorReviews() {}

  /**
   * @param answers each submitted review's answers, in the order the reviewers were assigned
   */
  public static List<AuthorReview> of(List<CriterionSpec> form, List<Map<String, String>> answers) {
    return of(form, answers, null);
  }

  /**
   * @param answers each submitted review's answers, in the order the reviewers were assigned
   * @param names the reviewers' names in the same order, in an open review; null to keep them
   *     unnamed
   */
  public static List<AuthorReview> of(
      List<CriterionSpec> form, List<Map<String, String>> answers, List<String> names) {
    List<AuthorReview> reviews = new ArrayList<>();
    int reviewer = 1;
    for (Map<String, String> review : answers) {
      List<AnsweredField> fields = new ArrayList<>();
      for (CriterionSpec c : form) {
        String answer = review.get(c.key());
        if (c.visibility() != FieldVisibility.AUTHORS || answer == null || answer.isBlank()) {
          continue;
        }
        if (c.kind() == CriterionKind.TEXT) {
          fields.add(new AnsweredField(c.labelEn(), c.labelRo(), answer, answer, true));
        } else {
          ScaleValue value = valueOf(c, answer);
          fields.add(
              new AnsweredField(
                  c.labelEn(),
                  c.labelRo(),
                  value == null ? answer : value.value() + " – " + value.labelEn(),
                  value == null ? answer : value.value() + " – " + value.labelRo(),
                  false));
        }
      }
      if (!fields.isEmpty()) {
        reviews.add(
            new AuthorReview(reviewer, names == null ? null : names.get(reviewer - 1), fields));
      }
      reviewer++;
    }
    return reviews;
  }

  private static ScaleValue valueOf(CriterionSpec c, String answer) {
    for (ScaleValue v : c.scale()) {
      if (Integer.toString(v.value()).equals(answer.strip())) {
        return v;
      }
    }
    return null;
  }

  /** The reviews as the text of a mail, in the recipient's language. */
  public static String text(List<AuthorReview> reviews, Language language) {
    boolean ro = language == Language.RO;
    if (reviews.isEmpty()) {
      return ro
          ? "(Recenzenții nu au lăsat comentarii pentru autori.)"
          : "(The reviewers left no comments for the authors.)";
    }
    StringBuilder out = new StringBuilder();
    for (AuthorReview review : reviews) {
      if (!out.isEmpty()) {
        out.append("\n");
      }
      out.append(ro ? "Evaluarea " : "Review ").append(review.reviewer());
      if (review.name() != null) {
        out.append(" — ").append(review.name());
      }
      out.append("\n");
      for (AnsweredField f : review.fields()) {
        if (f.text()) {
          out.append("  ").append(f.label(ro)).append(":\n");
          for (String line : f.answer(ro).split("\\R", -1)) {
            out.append("    ").append(line).append("\n");
          }
        } else {
          out.append("  ").append(f.label(ro)).append(": ").append(f.answer(ro)).append("\n");
        }
      }
    }
    return out.toString().stripTrailing();
  }
}
