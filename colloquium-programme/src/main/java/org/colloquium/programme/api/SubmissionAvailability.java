package org.colloquium.programme.api;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * When the speakers of an accepted submission cannot attend, as its authors say on the submission's
 * page (organisers type the same on the programme's availability page). Entries take effect at
 * once: the editor's warnings and the automatic draft read them.
 *
 * <p>Only the submitter and the authors (by address) of a submission that its event presents may
 * read or change them; anyone else gets not found, so the page cannot tell which submissions were
 * accepted. Authors may take back what was entered on their submission's page, never what the
 * organisers typed; after the event's last day nothing changes.
 */
public interface SubmissionAvailability {

  /** Empty when the actor may not see them or the submission is not presented. */
  Optional<SubmissionAvailabilityView> ofSubmission(Long actorId, Long submissionId);

  /**
   * @param input the speaker by address (a presenting author of the submission), a day of the event
   *     and optionally the hours
   * @throws org.colloquium.kernel.validation.ValidationException naming the fields
   */
  Long add(Long actorId, Long submissionId, UnavailabilityInput input);

  void remove(Long actorId, Long submissionId, Long unavailabilityId);

  /**
   * The days on which the speakers would rather present (a wish the automatic draft weighs, not a
   * rule); none for no preference.
   *
   * @throws org.colloquium.kernel.validation.ValidationException for a day not of the event, or
   *     after its last day
   */
  void preferDays(Long actorId, Long submissionId, Set<LocalDate> days);
}
