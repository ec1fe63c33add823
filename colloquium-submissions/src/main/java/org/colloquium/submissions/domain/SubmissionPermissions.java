package org.colloquium.submissions.domain;

import java.util.Optional;
import org.colloquium.submissions.api.ReadOnlyReason;
import org.colloquium.submissions.api.SubmissionRole;
import org.colloquium.submissions.api.SubmissionState;

/**
 * Who may see and change a submission. Drafts are the authors' alone; organisers see everything
 * handed in, withdrawn ones included; nobody else sees anything (reviewers get access with the
 * reviews module). Changes need an open call: the deadline plus grace period, checked at the moment
 * of the write.
 */
public final class SubmissionPermissions {

  private SubmissionPermissions() {}

  /**
   * @param actorEmail the signed-in account's address (co-authors are known by address)
   * @param organiser whether the actor organises the submission's event or administers the platform
   */
  public static SubmissionRole roleOf(
      Submission submission, Long actorId, String actorEmail, boolean organiser) {
    if (actorId == null) {
      return SubmissionRole.NONE;
    }
    if (submission.submitterId().equals(actorId)) {
      return SubmissionRole.SUBMITTER;
    }
    if (submission.isEditingAuthor(actorEmail)) {
      return SubmissionRole.EDITING_AUTHOR;
    }
    if (submission.isAuthor(actorEmail)) {
      return SubmissionRole.AUTHOR;
    }
    if (organiser && submission.state() != SubmissionState.DRAFT) {
      return SubmissionRole.ORGANISER;
    }
    return SubmissionRole.NONE;
  }

  public static boolean canView(SubmissionRole role) {
    return role != SubmissionRole.NONE;
  }

  /** Why the actor may not edit now, or empty if they may. */
  public static Optional<ReadOnlyReason> whyNotEditable(
      SubmissionRole role, SubmissionState state, boolean callOpen) {
    // Not yet open cannot happen for an existing submission: it was made while the call was open.
    if (role != SubmissionRole.SUBMITTER && role != SubmissionRole.EDITING_AUTHOR) {
      return Optional.of(ReadOnlyReason.NOT_AN_EDITOR);
    }
    if (state == SubmissionState.WITHDRAWN) {
      return Optional.of(ReadOnlyReason.WITHDRAWN);
    }
    if (!callOpen) {
      return Optional.of(ReadOnlyReason.DEADLINE_PASSED);
    }
    return Optional.empty();
  }

  public static boolean canEdit(SubmissionRole role, SubmissionState state, boolean callOpen) {
    return whyNotEditable(role, state, callOpen).isEmpty();
  }

  /** Only the submitter withdraws, and only while they could still edit. */
  public static boolean canWithdraw(SubmissionRole role, SubmissionState state, boolean callOpen) {
    return role == SubmissionRole.SUBMITTER && canEdit(role, state, callOpen);
  }
}
