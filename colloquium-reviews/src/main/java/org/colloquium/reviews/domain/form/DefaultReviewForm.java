package org.colloquium.reviews.domain.form;

import java.util.List;
import org.colloquium.reviews.api.CriterionKind;
import org.colloquium.reviews.api.CriterionRole;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.FieldVisibility;
import org.colloquium.reviews.api.ScaleValue;

/**
 * The review form a centre starts from, in English and Romanian: relevance, originality and clarity
 * on a labelled 1–5 scale, an overall recommendation that weighs twice as much, the reviewer's
 * confidence (not scored), comments to the authors and confidential comments to the committee.
 */
public final class DefaultReviewForm {

  private DefaultReviewForm() {}

  private static final List<ScaleValue> QUALITY =
      List.of(
          new ScaleValue(1, "Poor", "Slab"),
          new ScaleValue(2, "Fair", "Satisfăcător"),
          new ScaleValue(3, "Good", "Bun"),
          new ScaleValue(4, "Very good", "Foarte bun"),
          new ScaleValue(5, "Excellent", "Excelent"));

  private static final List<ScaleValue> RECOMMENDATION =
      List.of(
          new ScaleValue(1, "Strong reject", "Respingere fermă"),
          new ScaleValue(2, "Weak reject", "Mai degrabă respingere"),
          new ScaleValue(3, "Borderline", "La limită"),
          new ScaleValue(4, "Weak accept", "Mai degrabă acceptare"),
          new ScaleValue(5, "Strong accept", "Acceptare fermă"));

  private static final List<ScaleValue> CONFIDENCE =
      List.of(
          new ScaleValue(1, "Low: outside my area", "Scăzută: în afara domeniului meu"),
          new ScaleValue(2, "Medium: I know the area", "Medie: cunosc domeniul"),
          new ScaleValue(3, "High: I work on this topic", "Ridicată: lucrez pe această temă"),
          new ScaleValue(4, "Expert", "Expert"));

  public static List<CriterionSpec> criteria() {
    return List.of(
        scale(
            "relevance",
            "Relevance to the conference",
            "Relevanța pentru conferință",
            "Does the abstract fit the call and its tracks?",
            "Se potrivește rezumatul cu apelul și secțiunile lui?",
            QUALITY,
            1),
        scale(
            "originality",
            "Originality",
            "Originalitate",
            "Does it bring new data, methods or arguments?",
            "Aduce date, metode sau argumente noi?",
            QUALITY,
            1),
        scale(
            "clarity",
            "Clarity",
            "Claritate",
            "Are the question, the method and the findings clear?",
            "Sunt clare întrebarea, metoda și rezultatele?",
            QUALITY,
            1),
        scale(
            "overall",
            "Overall recommendation",
            "Recomandare generală",
            null,
            null,
            RECOMMENDATION,
            2),
        new CriterionSpec(
            "confidence",
            CriterionKind.SCALE,
            CriterionRole.CONFIDENCE,
            "Your confidence",
            "Încrederea dumneavoastră",
            "How well do you know the field of this submission?",
            "Cât de bine cunoașteți domeniul acestei lucrări?",
            CONFIDENCE,
            0,
            true,
            false,
            FieldVisibility.COMMITTEE),
        new CriterionSpec(
            "comments",
            CriterionKind.TEXT,
            CriterionRole.COMMENTS_TO_AUTHORS,
            "Comments to the authors",
            "Comentarii pentru autori",
            "What is good, what should change; the authors read this.",
            "Ce este bun și ce ar trebui schimbat; autorii citesc acest text.",
            List.of(),
            0,
            true,
            false,
            FieldVisibility.AUTHORS),
        new CriterionSpec(
            "confidential",
            CriterionKind.TEXT,
            CriterionRole.CONFIDENTIAL_COMMENTS,
            "Confidential comments to the committee",
            "Comentarii confidențiale pentru comitet",
            "Only the committee reads this.",
            "Doar comitetul citește acest text.",
            List.of(),
            0,
            false,
            false,
            FieldVisibility.COMMITTEE));
  }

  private static CriterionSpec scale(
      String key,
      String en,
      String ro,
      String helpEn,
      String helpRo,
      List<ScaleValue> values,
      int weight) {
    return new CriterionSpec(
        key,
        CriterionKind.SCALE,
        CriterionRole.SCORE,
        en,
        ro,
        helpEn,
        helpRo,
        values,
        weight,
        true,
        true,
        FieldVisibility.AUTHORS);
  }
}
