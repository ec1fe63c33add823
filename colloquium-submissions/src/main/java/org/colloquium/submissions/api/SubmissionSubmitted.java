package org.colloquium.submissions.api;

import java.time.Instant;

/**
 * A submission was handed in (fired in the transaction that hands it in; observe it {@code during =
 * AFTER_SUCCESS} to act only once it is committed).
 */
public record SubmissionSubmitted(Long submissionId, Long eventId, int number, Instant at) {}
