package org.colloquium.reviews.api;

import java.util.Set;

/**
 * Organisers assign reviewers: by hand, or by computing an optimal assignment in the background,
 * previewing it and committing it in one step. Conflicts of interest are checked before anything is
 * assigned. Every method checks that the actor organises the event, except the three for the
 * assignment by hand, which a track chair may use for the tracks they chair.
 */
public interface ReviewAssignments {

  /**
   * The whole event for an organiser; for a track chair, the submissions of their tracks, without
   * the computed assignment.
   *
   * @throws org.colloquium.kernel.access.NotFoundException for anyone else
   */
  AssignmentOverview overview(Long actorId, String slug);

  /**
   * @throws org.colloquium.kernel.validation.ValidationException naming why the pair is blocked
   *     (each reason of the conflict of interest, or the reviewer's pool), or when the person does
   *     not review for the event
   * @throws org.colloquium.kernel.access.NotFoundException for a submission outside the tracks a
   *     track chair chairs
   */
  void assign(Long actorId, String slug, int number, Long reviewerId);

  /** Takes an assignment away; a review already written goes with it. */
  void unassign(Long actorId, String slug, int number, Long reviewerId);

  /**
   * Queues a computation of the assignment: K reviews per submission, the loads, bids as costs, the
   * existing assignments kept; {@code balance} adds a cost that grows with a reviewer's load.
   *
   * @return the run's id
   * @throws org.colloquium.kernel.validation.ValidationException while another run is pending
   */
  Long startRun(Long actorId, String slug, boolean balance);

  void cancelRun(Long actorId, String slug, Long runId);

  /**
   * Assigns the run's proposed pairs in one transaction and mails each reviewer once with their new
   * submissions.
   *
   * @return how many pairs were assigned
   * @throws org.colloquium.kernel.validation.ValidationException unless the run is done and its
   *     pairs are still free of conflicts
   */
  int commitRun(Long actorId, String slug, Long runId);

  void discardRun(Long actorId, String slug, Long runId);

  /**
   * Sets an organiser's word on a pair: conflicted (whatever the rules found) or not (the found
   * reasons lifted); it stays when conflicts are found again. A pair set as not conflicted keeps
   * its reasons on the page, so that the decision can be reviewed.
   *
   * @throws org.colloquium.kernel.validation.ValidationException without a reason, or for a person
   *     who does not review for the event
   */
  void pin(
      Long actorId, String slug, int number, Long reviewerId, boolean conflicted, String reason);

  /** Takes an organiser's pin away: the found and declared reasons decide again. */
  void unpin(Long actorId, String slug, int number, Long reviewerId);

  /**
   * Sets a reviewer's own fewest and most submissions, instead of the event's (both null: the
   * event's again). The automatic assignment keeps to them; assignments made already stay.
   *
   * @throws org.colloquium.kernel.validation.ValidationException for numbers out of range, the
   *     fewest above the most, or a person who does not review for the event
   */
  void setLoads(Long actorId, String slug, Long reviewerId, Integer min, Integer max);

  /**
   * Puts a reviewer in the pools of these tracks: from then on they are assigned only submissions
   * of those tracks, by hand or automatically (none: every track). Assignments made already stay.
   *
   * @throws org.colloquium.kernel.validation.ValidationException for a track of another event or a
   *     person who does not review for the event
   */
  void setPool(Long actorId, String slug, Long reviewerId, Set<Long> trackIds);

  /**
   * Mails every reviewer who has assigned submissions without a submitted review one reminder
   * listing them (numbers and titles only). At most once an hour per event.
   *
   * @return how many reviewers were reminded
   * @throws org.colloquium.kernel.validation.ValidationException within the hour of the last one
   */
  int remindLate(Long actorId, String slug);

  /** Finds the automatic conflicts of interest again; how many reasons were found. */
  int findConflicts(Long actorId, String slug);
}
