package org.colloquium.reviews.api;

/**
 * The committee's discussion of a submission: its assigned reviewers (when the phase lets them read
 * the other reviews, as on their review page) and the event's organisers, never anyone conflicted
 * with it. "@Full Name" in a comment mails that reader.
 */
public interface ReviewDiscussions {

  /** Longest comment, in characters. */
  int MAX_COMMENT = 5000;

  /**
   * The discussion on the reviewer's page; empty comments and no posting while the phase does not
   * let the reviewer read the other reviews yet.
   *
   * @throws org.colloquium.kernel.access.NotFoundException unless the reviewer is assigned and not
   *     conflicted
   */
  DiscussionView forReviewer(Long actorId, String slug, int number);

  /**
   * @throws org.colloquium.kernel.validation.ValidationException for an empty or too long comment,
   *     or when the phase does not let the reviewer take part yet
   */
  void postAsReviewer(Long actorId, String slug, int number, String text);

  /**
   * The reviews and discussion for the organisers' decision.
   *
   * @throws org.colloquium.kernel.validation.ValidationException for a submission the organiser is
   *     conflicted with
   */
  SubmissionDiscussion forOrganiser(Long actorId, String slug, int number);

  void postAsOrganiser(Long actorId, String slug, int number, String text);

  /**
   * Asks an assigned reviewer to lead the discussion (null: nobody).
   *
   * @throws org.colloquium.kernel.validation.ValidationException for someone not assigned to it
   */
  void setLead(Long actorId, String slug, int number, Long reviewerId);
}
