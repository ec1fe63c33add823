package org.colloquium.submissions.api;

import java.time.Instant;

/** A submission was withdrawn by its submitter, for good. */
public record SubmissionWithdrawn(Long submissionId, Long eventId, Instant at) {}
