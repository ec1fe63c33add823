package org.colloquium.submissions.api;

import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.ValidationException;

/** What organisers decide about submissions before review: for now, marking duplicates. */
public interface SubmissionTriage {
  /**
   * Marks submission {@code number} as a duplicate of {@code originalNumber}, or clears the mark
   * (null).
   *
   * @throws NotFoundException if the event or the submission does not exist for organisers
   * @throws org.colloquium.kernel.access.AccessDeniedException if the actor does not organise it
   * @throws ValidationException (field {@code original}) if the original is unknown, itself, or
   *     would make a chain of duplicates
   */
  void markDuplicate(Long actorId, String eventSlug, int number, Integer originalNumber);
}
