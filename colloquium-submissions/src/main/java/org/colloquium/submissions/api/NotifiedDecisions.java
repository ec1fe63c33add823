package org.colloquium.submissions.api;

import java.util.Optional;

/**
 * What the module that reviews submissions told their authors. Implemented there (this module knows
 * nothing of reviews); with no implementation deployed no submission is ever decided. A decision
 * the authors were told closes the submission to changes; an acceptance opens its final version
 * until the call's camera-ready date.
 */
public interface NotifiedDecisions {

  /** The decision last sent to the authors, or empty while they were told none. */
  Optional<NotifiedDecision> of(Long submissionId);
}
