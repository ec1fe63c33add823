package org.colloquium.submissions.api;

import java.time.Instant;

/**
 * A submission was created as a draft or its text, authors or file changed; {@code submitted} says
 * whether it was already handed in.
 */
public record SubmissionChanged(Long submissionId, Long eventId, boolean submitted, Instant at) {}
