package org.colloquium.submissions.api;

import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.ValidationException;

/**
 * Authors' writes: create (as a draft or handed in at once), change, attach a PDF, submit and
 * withdraw. The call's deadline (plus grace period) is checked against the clock at the moment of
 * the write, inside the transaction that writes. A request repeated with the same idempotency key
 * (a double click, a client's retry) answers with the submission the first one created. One
 * account's submissions to an event and the bytes of their PDFs are limited ({@link
 * SubmissionQuota}); co-author notices held back by a mail quota are remembered on the submission
 * and tried again at its next save.
 */
public interface Submitting {
  /**
   * @throws NotFoundException if the event is not visible to the actor or has no call
   * @throws ChangeRefusedException if the call does not accept submissions now
   * @throws ValidationException with every problem of the form or the file
   */
  SubmissionSaved create(
      Long actorId, String eventSlug, String idempotencyKey, SubmissionChange change);

  /**
   * Saves the form over the submission if nobody saved it since {@code version} was read. A
   * submission already handed in must stay complete: it is checked with every rule.
   *
   * @throws ConflictException if someone saved it in between (the form keeps what was typed)
   */
  SubmissionSaved update(Long actorId, Long submissionId, int version, SubmissionChange change);

  /** Hands in a draft as it is saved. Handing in twice changes nothing. */
  SubmissionSaved submit(Long actorId, Long submissionId);

  /** Attaches (or replaces) the PDF; answers what the double-blind check found. */
  SubmissionSaved replaceFile(
      Long actorId, Long submissionId, FileUpload file, boolean stripMetadata);

  /** Removes the PDF metadata (Info and XMP) of the attached file, storing the cleaned copy. */
  SubmissionSaved stripFileMetadata(Long actorId, Long submissionId);

  /** Removes the PDF, unless the call requires one and the submission is handed in. */
  SubmissionSaved removeFile(Long actorId, Long submissionId);

  /**
   * Withdraws for good. Only the submitter may, and only while the call accepts changes.
   *
   * @throws NotFoundException if the actor may not see the submission
   * @throws AccessDeniedException if they see it but are not its submitter
   */
  SubmissionSaved withdraw(Long actorId, Long submissionId);
}
