package org.colloquium.reviews.domain.conflicts;

import java.util.List;

/** A submission's authors, for the conflict rules. */
public record SubmissionPeople(long submissionId, List<Person> authors) {

  public SubmissionPeople {
    authors = List.copyOf(authors);
  }
}
