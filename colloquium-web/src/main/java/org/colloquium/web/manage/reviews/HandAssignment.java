package org.colloquium.web.manage.reviews;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.ReviewAssignments;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;

/**
 * Assigning a reviewer by hand from the submissions table (form "manual"), for the organisers'
 * assignment page and the track chairs' page alike: the outcome as a message, the refusal beside
 * the table. The page redirects after a change.
 */
@Dependent
public class HandAssignment implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewAssignments assignments;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  /** Assigns the reviewer chosen for {@code number}; false (said on the page) if refused. */
  public boolean assign(String slug, int number, Map<Integer, Long> chosen) {
    Long reviewer = chosen.get(number);
    if (reviewer == null) {
      Messages.addGlobalError("manage.assignment.chooseReviewer", number);
      return false;
    }
    try {
      assignments.assign(signedIn.accountId(), slug, number, reviewer);
    } catch (ValidationException e) {
      feedback.show(e, "manual");
      return false;
    }
    Messages.addGlobalInfo("manage.assignment.assigned.done", number);
    return true;
  }

  public void unassign(String slug, int number, Long reviewerId) {
    assignments.unassign(signedIn.accountId(), slug, number, reviewerId);
    Messages.addGlobalInfo("manage.assignment.unassigned", number);
  }
}
