package org.colloquium.submissions.api;

/**
 * The organisers' statistics of an event's submissions: handed in per day of the call (in the
 * event's time zone, from the day the call opened to the deadline, days without any included), per
 * track, per presentation type and per country. Drafts never count; withdrawn submissions are
 * counted apart and left out of every breakdown. The country of a submission is its presenting
 * author's (else its first author's): one country per submission, so the bars add up to the total.
 */
public interface SubmissionStatistics {
  /**
   * @throws org.colloquium.kernel.access.NotFoundException if there is no such event
   * @throws org.colloquium.kernel.access.AccessDeniedException if the actor does not organise it
   */
  SubmissionStatisticsView of(Long actorId, String eventSlug);
}
