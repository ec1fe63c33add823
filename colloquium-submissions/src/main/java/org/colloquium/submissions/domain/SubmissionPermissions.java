package org.colloquium.submissions.domain;

import java.time.Instant;
import java.util.Optional;
import org.colloquium.submissions.api.ReadOnlyReason;
import org.colloquium.submissions.api.SubmissionRole;
import org.colloquium.submissions.api.SubmissionState;

/**
 * Who may see and change a submission. Drafts are the authors' alone; organisers see everything
 * handed in, withdrawn ones included; nobody else sees anything (reviewers get access with the
 * reviews module). Changes need an open call: the deadline plus grace period, checked at the moment
 * of the write. Once the authors are told a decision, only an accepted submission changes again:
 * its final version, until the camera-ready date.
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

  /**
   * The decision the authors were told, as it bears on changes.
   *
   * @param presented accepted (also as a poster): the final version may be changed
   * @param finalVersionUntil the end (exclusive) of the final version's window
   */
  public record Decided(boolean presented, Instant finalVersionUntil) {}

  /**
   * Why the actor may not edit now, or empty if they may, once the review may have decided: a
   * decision sent to the authors replaces the call's deadline with its own window.
   *
   * @param decided the decision the authors were told, or null while there is none
   */
  public static Optional<ReadOnlyReason> whyNotEditable(
      SubmissionRole role, SubmissionState state, boolean callOpen, Decided decided, Instant now) {
    if (decided == null || state != SubmissionState.SUBMITTED) {
      return whyNotEditable(role, state, callOpen);
    }
    if (role != SubmissionRole.SUBMITTER && role != SubmissionRole.EDITING_AUTHOR) {
      return Optional.of(ReadOnlyReason.NOT_AN_EDITOR);
    }
    if (!decided.presented()) {
      return Optional.of(ReadOnlyReason.DECIDED);
    }
    if (decided.finalVersionUntil() != null && !now.isBefore(decided.finalVersionUntil())) {
      return Optional.of(ReadOnlyReason.FINAL_VERSION_CLOSED);
    }
    return Optional.empty();
  }

  /** Whether an edit now changes the final version rather than the submission under review. */
  public static boolean editsFinalVersion(SubmissionState state, Decided decided) {
    return decided != null && decided.presented() && state == SubmissionState.SUBMITTED;
  }

  public static boolean canEdit(SubmissionRole role, SubmissionState state, boolean callOpen) {
    return whyNotEditable(role, state, callOpen).isEmpty();
  }

  /**
   * Only the submitter withdraws, and only while they could still edit the submission under review:
   * after a decision the organisers withdraw it (the programme may already count on it).
   */
  public static boolean canWithdraw(SubmissionRole role, SubmissionState state, boolean callOpen) {
    return role == SubmissionRole.SUBMITTER && canEdit(role, state, callOpen);
  }

  /** As {@link #canWithdraw(SubmissionRole, SubmissionState, boolean)}, never once decided. */
  public static boolean canWithdraw(
      SubmissionRole role, SubmissionState state, boolean callOpen, Decided decided) {
    return decided == null && canWithdraw(role, state, callOpen);
  }
}
