package org.colloquium.web.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.colloquium.reviews.api.AuthorOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision on a submission and the reviews meant for its authors, once they were notified. */
@Schema(name = "Decision", description = "What the authors were notified of, with the reviews.")
public record ApiDecision(
    @Schema(enumeration = {"accept", "poster", "revisions", "reject", "duplicate", "merged"})
        String outcome,
    @Schema(nullable = true, description = "For accepted submissions.") String presentationType,
    @Schema(nullable = true, description = "For accepted submissions.") String track,
    @Schema(
            nullable = true,
            description = "The submission a duplicate repeats, or the one this one is merged into.")
        Integer otherNumber,
    OffsetDateTime notifiedAt,
    @Schema(description = "Reviewers are numbered; named only in an open review.")
        List<Review> reviews) {

  /** One review's fields meant for authors. */
  @Schema(name = "DecisionReview")
  public record Review(
      int reviewer,
      @Schema(nullable = true, description = "The reviewer's name, in an open review only.")
          String reviewerName,
      List<Field> fields) {}

  /** One answer, in English and Romanian (a text answer is the same in both). */
  @Schema(name = "DecisionReviewField")
  public record Field(String label, String labelRo, String answer, String answerRo) {}

  static ApiDecision of(AuthorOutcome o) {
    return new ApiDecision(
        o.outcome().name().toLowerCase(Locale.ROOT),
        o.typeName(),
        o.trackName(),
        o.otherNumber(),
        o.notifiedAt().atOffset(ZoneOffset.UTC),
        o.reviews().stream()
            .map(
                r ->
                    new Review(
                        r.reviewer(),
                        r.name(),
                        r.fields().stream()
                            .map(
                                f ->
                                    new Field(f.labelEn(), f.labelRo(), f.answerEn(), f.answerRo()))
                            .toList()))
            .toList());
  }
}
