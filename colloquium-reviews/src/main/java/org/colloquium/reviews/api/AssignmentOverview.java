package org.colloquium.reviews.api;

import java.io.Serializable;
import java.util.List;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.ReviewMode;

/**
 * The organisers' assignment page (and the track chairs', for their tracks): each submission with
 * its reviewers, each reviewer with their load, and the latest computed assignment. Submissions the
 * organiser is conflicted with are left out (they are counted in {@code hidden}).
 *
 * @param run the latest computed assignment, or null
 * @param tracks the event's tracks, for the reviewers' pools
 * @param wholeEvent true for an organiser; false for a track chair, who sees the submissions of the
 *     tracks they chair, assigns them by hand, and has no computed assignment
 */
public record AssignmentOverview(
    String slug,
    String eventTitle,
    ReviewMode mode,
    int reviewsPerSubmission,
    List<SubmissionRow> submissions,
    List<ReviewerRow> reviewers,
    int hidden,
    RunView run,
    List<ConflictRow> conflicts,
    List<Choice> tracks,
    boolean wholeEvent)
    implements Serializable {

  public AssignmentOverview {
    tracks = List.copyOf(tracks);
    submissions = List.copyOf(submissions);
    reviewers = List.copyOf(reviewers);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * A reviewer and a submission that may not meet, and why: the reasons found or declared, and an
   * organiser's pin, which overrides them ({@code pinned} true: conflicted whatever the reasons;
   * false: the reasons are lifted; null: no pin).
   */
  public record ConflictRow(
      int number,
      String title,
      Long reviewerId,
      String reviewer,
      List<Reason> reasons,
      Boolean pinned,
      String pinReason)
      implements Serializable {

    public ConflictRow {
      reasons = List.copyOf(reasons);
    }

    public boolean conflicted() {
      return pinned == null ? !reasons.isEmpty() : pinned;
    }
  }

  /** One reason of a conflict: its kind and what it was found on (a domain, a name). */
  public record Reason(ConflictKind kind, String detail) implements Serializable {}

  /** A submission and who reviews it. */
  public record SubmissionRow(
      int number, String title, String track, List<Assignee> assignees, int missing)
      implements Serializable {}

  /** A reviewer of one submission. */
  public record Assignee(
      Long accountId, String name, boolean declined, String declinedReason, ReviewProgress progress)
      implements Serializable {}

  /**
   * A member of the committee who reviews, with their load, limits and pool.
   *
   * @param pool the tracks whose pools they are in, by name in the event's order; empty for every
   *     track
   */
  public record ReviewerRow(
      Long accountId,
      String name,
      int load,
      int minLoad,
      int maxLoad,
      int bids,
      int conflicts,
      List<Long> poolTrackIds,
      List<String> pool)
      implements Serializable {

    public ReviewerRow {
      poolTrackIds = List.copyOf(poolTrackIds);
      pool = List.copyOf(pool);
    }
  }
}
