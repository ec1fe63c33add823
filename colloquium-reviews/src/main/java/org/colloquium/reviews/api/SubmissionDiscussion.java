package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;

/**
 * What organisers read before deciding on a submission: the form, the reviews under their
 * reviewers' names (submitted ones with their answers; drafts only as a state), the discussion, and
 * who may lead it.
 *
 * @param reviewers the assigned reviewers, who may be asked to lead the discussion
 * @param authorResponse the authors' response to the reviews; null without one
 */
public record SubmissionDiscussion(
    int number,
    String title,
    List<CriterionSpec> form,
    List<CommitteeReview> reviews,
    DiscussionView discussion,
    Long leadId,
    List<org.colloquium.events.api.Choice> reviewers,
    String authorResponse)
    implements Serializable {

  public SubmissionDiscussion {
    form = List.copyOf(form);
    reviews = List.copyOf(reviews);
    reviewers = List.copyOf(reviewers);
  }
}
