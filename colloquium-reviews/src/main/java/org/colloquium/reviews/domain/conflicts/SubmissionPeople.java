package org.colloquium.reviews.domain.conflicts;

import java.util.List;

/** A submission's authors. */
public record SubmissionPeople(long submissionId, List<Person> authors) {}
