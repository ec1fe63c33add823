package org.colloquium.reviews.domain.conflicts;

import java.util.ArrayList;
import java.util.List;
import org.colloquium.reviews.api.ConflictKind;

/** The automatic conflicts between a reviewer and a submission. */
public final class ConflictRules {
  private ConflictRules() {}

  public static List<FoundConflict> between(
      Person reviewer, SubmissionPeople submission, CoAuthorship coAuthorship) {
    List<FoundConflict> found = new ArrayList<>();
    for (Person author : submission.authors()) {
      if (author.email().equalsIgnoreCase(reviewer.email())) {
        found.add(new FoundConflict(ConflictKind.IS_AUTHOR, author.email()));
      } else if (coAuthorship.coAuthored(reviewer, author)) {
        found.add(new FoundConflict(ConflictKind.CO_AUTHOR, author.fullName()));
      }
    }
    return found;
  }
}
