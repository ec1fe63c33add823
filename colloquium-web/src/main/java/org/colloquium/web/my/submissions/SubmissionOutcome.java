package org.colloquium.web.my.submissions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.reviews.api.AuthorOutcome;
import org.colloquium.reviews.api.ReviewsForAuthors;
import org.colloquium.web.security.SignedIn;

/**
 * The decision and the reviews on an author's submission page, once the authors were notified (read
 * once per view; nothing before the notification, not even that a decision exists).
 */
@Named
@ViewScoped
public class SubmissionOutcome implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewsForAuthors reviews;
  @Inject SubmissionDetail detail;
  @Inject SignedIn signedIn;

  private AuthorOutcome outcome;
  private boolean read;

  /** Null before the notification, or when the page shows no submission. */
  public AuthorOutcome getOutcome() {
    if (!read && detail.getView() != null) {
      outcome = reviews.outcome(signedIn.accountId(), detail.getView().id()).orElse(null);
      read = true;
    }
    return outcome;
  }
}
