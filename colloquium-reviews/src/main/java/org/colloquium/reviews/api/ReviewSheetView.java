package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.colloquium.events.api.ReviewMode;

/**
 * A reviewer's review of one submission: the submission as they may see it, the form, and their
 * answers so far.
 *
 * @param version the review's version for optimistic locking, -1 before the first save
 * @param mayEdit whether the phase in effect lets reviewers write reviews
 * @param others the other reviewers' submitted reviews, when the phase lets this reviewer read them
 * @param authorResponse the authors' response to the reviews, when they gave one and the phase lets
 *     this reviewer read the other reviews
 */
public record ReviewSheetView(
    String slug,
    String eventTitle,
    ReviewMode mode,
    ForReviewer submission,
    List<CriterionSpec> form,
    Map<String, String> answers,
    int version,
    ReviewProgress progress,
    boolean mayEdit,
    PhaseKind phase,
    List<OtherReview> others,
    String authorResponse)
    implements Serializable {

  public ReviewSheetView {
    form = List.copyOf(form);
    answers = Map.copyOf(answers);
    others = List.copyOf(others);
  }
}
