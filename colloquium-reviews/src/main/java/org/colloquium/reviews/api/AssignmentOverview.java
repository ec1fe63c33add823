package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;
import org.colloquium.events.api.ReviewMode;

/**
 * The organisers' assignment page: each submission with its reviewers, each reviewer with their
 * load, and the latest computed assignment. Submissions the organiser is conflicted with are left
 * out (they are counted in {@code hidden}).
 *
 * @param run the latest computed assignment, or null
 */
public record AssignmentOverview(
    String slug,
    String eventTitle,
    ReviewMode mode,
    int reviewsPerSubmission,
    List<SubmissionRow> submissions,
    List<ReviewerRow> reviewers,
    int hidden,
    RunView run)
    implements Serializable {

  public AssignmentOverview {
    submissions = List.copyOf(submissions);
    reviewers = List.copyOf(reviewers);
  }

  /** A submission and who reviews it. */
  public record SubmissionRow(
      int number, String title, String track, List<Assignee> assignees, int missing)
      implements Serializable {}

  /** A reviewer of one submission. */
  public record Assignee(
      Long accountId, String name, boolean declined, String declinedReason, ReviewProgress progress)
      implements Serializable {}

  /** A member of the committee who reviews, with their load and limits. */
  public record ReviewerRow(
      Long accountId, String name, int load, int minLoad, int maxLoad, int bids, int conflicts)
      implements Serializable {}
}
