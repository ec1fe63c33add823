package org.colloquium.web.my.submissions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.AuthorOutcome;
import org.colloquium.reviews.api.ResponseWindow;
import org.colloquium.reviews.api.ReviewsForAuthors;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

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

  @Inject FacesFeedback feedback;

  private AuthorOutcome outcome;
  private boolean read;
  private ResponseWindow window;
  private boolean windowRead;
  private String response;

  /** Null before the notification, or when the page shows no submission. */
  public AuthorOutcome getOutcome() {
    if (!read && detail.getView() != null) {
      outcome = reviews.outcome(signedIn.accountId(), detail.getView().id()).orElse(null);
      read = true;
    }
    return outcome;
  }

  /**
   * The reviews and the response form while the review goes on (a phase that shows authors the
   * reviews or lets them respond); null otherwise.
   */
  public ResponseWindow getWindow() {
    if (!windowRead && detail.getView() != null) {
      window = reviews.responseWindow(signedIn.accountId(), detail.getView().id()).orElse(null);
      windowRead = true;
    }
    return window;
  }

  public void respond() {
    try {
      reviews.respond(signedIn.accountId(), detail.getView().id(), response);
    } catch (ValidationException e) {
      feedback.show(e, "respond");
      return;
    }
    Messages.addGlobalInfo("submission.response.sent");
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("my/submissions/%s#response", detail.getView().id().toString());
  }

  public String getResponse() {
    return response;
  }

  public void setResponse(String response) {
    this.response = response;
  }
}
