package org.colloquium.submissions.domain;

import java.util.Optional;
import org.colloquium.submissions.api.SubmissionState;

/**
 * When a submission may be marked as a duplicate of another: both of the same event and handed in,
 * never of itself, and only one level deep (the original is no duplicate itself, and the duplicate
 * has no duplicates of its own), so following "duplicate of" always ends after one step.
 */
public final class DuplicateRule {

  private DuplicateRule() {}

  /**
   * @return the message key of the reason why not, or empty if allowed
   */
  public static Optional<String> whyNot(
      Submission duplicate, Submission original, boolean duplicateHasDuplicates) {
    if (original == null || original.state() == SubmissionState.DRAFT) {
      return Optional.of("submission.duplicate.unknown");
    }
    if (!original.eventId().equals(duplicate.eventId())) {
      return Optional.of("submission.duplicate.unknown");
    }
    if (original.id().equals(duplicate.id())) {
      return Optional.of("submission.duplicate.self");
    }
    if (original.duplicateOf().isPresent() || duplicateHasDuplicates) {
      return Optional.of("submission.duplicate.chain");
    }
    return Optional.empty();
  }
}
