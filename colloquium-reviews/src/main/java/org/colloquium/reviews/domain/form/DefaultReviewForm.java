package org.colloquium.reviews.domain.form;

import java.util.List;
import org.colloquium.reviews.api.CriterionKind;
import org.colloquium.reviews.api.CriterionRole;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.FieldVisibility;
import org.colloquium.reviews.api.ScaleValue;

/** The default form. */
public final class DefaultReviewForm {
  private DefaultReviewForm() {}

  public static List<CriterionSpec> criteria() {
    List<ScaleValue> five =
        List.of(
            new ScaleValue(1, "Poor", "Slab"),
            new ScaleValue(2, "Fair", "Acceptabil"),
            new ScaleValue(3, "Good", "Bun"),
            new ScaleValue(4, "Very good", "Foarte bun"),
            new ScaleValue(5, "Excellent", "Excelent"));
    return List.of(
        new CriterionSpec(
            "relevance",
            CriterionKind.SCALE,
            CriterionRole.SCORE,
            "Relevance",
            "Relevanță",
            null,
            null,
            five,
            1,
            true,
            true,
            FieldVisibility.AUTHORS),
        new CriterionSpec(
            "overall",
            CriterionKind.SCALE,
            CriterionRole.SCORE,
            "Overall recommendation",
            "Recomandare generală",
            null,
            null,
            five,
            2,
            true,
            true,
            FieldVisibility.AUTHORS),
        new CriterionSpec(
            "confidence",
            CriterionKind.SCALE,
            CriterionRole.CONFIDENCE,
            "Confidence",
            "Încredere",
            null,
            null,
            List.of(new ScaleValue(1, "Low", "Scăzută"), new ScaleValue(2, "High", "Ridicată")),
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
            null,
            null,
            List.of(),
            0,
            true,
            false,
            FieldVisibility.AUTHORS),
        new CriterionSpec(
            "confidential",
            CriterionKind.TEXT,
            CriterionRole.CONFIDENTIAL_COMMENTS,
            "Confidential comments",
            "Comentarii confidențiale",
            null,
            null,
            List.of(),
            0,
            false,
            false,
            FieldVisibility.COMMITTEE));
  }
}
