package org.colloquium.reviews.api;

import java.io.Serializable;

/**
 * A submission presented at its event, as its authors were told.
 *
 * @param outcome {@link Outcome#ACCEPT} or {@link Outcome#POSTER}
 * @param trackId the track the decision moved it to; null keeps the one on the submission
 * @param typeId the presentation type the decision gave it; null keeps the submission's
 */
public record PresentedSubmission(Long submissionId, Outcome outcome, Long trackId, Long typeId)
    implements Serializable {}
