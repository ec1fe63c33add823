package org.colloquium.web.manage.submissions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.colloquium.submissions.api.SubmissionCounts;
import org.colloquium.submissions.api.SubmissionQueries;
import org.colloquium.web.security.SignedIn;

/** The count of an event's submissions on its dashboard. */
@Named
@RequestScoped
public class EventSubmissionCounts {

  @Inject SubmissionQueries queries;
  @Inject SignedIn signedIn;

  private SubmissionCounts counts;

  /** The counts, or null for someone who may not see them (the page itself then says so). */
  public SubmissionCounts of(String slug) {
    if (counts == null && slug != null) {
      try {
        counts = queries.counts(signedIn.accountId(), slug);
      } catch (org.colloquium.kernel.access.NotFoundException
          | org.colloquium.kernel.access.AccessDeniedException e) {
        return null;
      }
    }
    return counts;
  }
}
