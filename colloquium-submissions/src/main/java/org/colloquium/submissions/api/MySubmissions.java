package org.colloquium.submissions.api;

import java.util.List;
import org.colloquium.events.api.ServedFile;
import org.colloquium.kernel.access.NotFoundException;

/**
 * What authors read: the blank form of a call, "My submissions" (their own and those naming their
 * address as a co-author), one submission, and its file. Organisers reading a submission of their
 * event get the same view through {@link #view}.
 */
public interface MySubmissions {
  /**
   * A blank form for a new submission, the signed-in author as first (presenting) author.
   *
   * @throws NotFoundException if the event is not visible or has no call
   */
  SubmissionView blankForm(Long actorId, String eventSlug);

  /**
   * One submission as the actor may see it.
   *
   * @throws NotFoundException if there is none or the actor may not see it
   */
  SubmissionView view(Long actorId, Long submissionId);

  /** Everything the actor created or co-authors, the latest change first. */
  List<MySubmissionRow> list(Long actorId);

  /**
   * The slug of the submission's event, if the actor may see the submission: a check before a
   * change that is addressed through the event, without building the whole view.
   *
   * @throws NotFoundException if there is none or the actor may not see it
   */
  String eventSlugOf(Long actorId, Long submissionId);

  /**
   * The submission's PDF for anyone who may see the submission.
   *
   * @throws NotFoundException if the actor may not see it or it has no file
   */
  ServedFile file(Long actorId, Long submissionId);

  /**
   * The final (camera-ready) PDF of an accepted submission, for anyone who may see the submission.
   *
   * @throws NotFoundException if the actor may not see it or it has no final PDF
   */
  ServedFile finalFile(Long actorId, Long submissionId);
}
