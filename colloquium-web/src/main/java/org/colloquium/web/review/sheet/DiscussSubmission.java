package org.colloquium.web.review.sheet;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.DiscussionView;
import org.colloquium.reviews.api.ReviewDiscussions;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The discussion on a reviewer's review page: the comments, and a comment to add. */
@Named
@ViewScoped
public class DiscussSubmission implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewDiscussions discussions;
  @Inject WriteReview page;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private DiscussionView discussion;
  private String comment;

  public DiscussionView getDiscussion() {
    if (discussion == null && page.getSlug() != null) {
      discussion = discussions.forReviewer(signedIn.accountId(), page.getSlug(), page.getNumber());
    }
    return discussion;
  }

  public void post() {
    try {
      discussions.postAsReviewer(signedIn.accountId(), page.getSlug(), page.getNumber(), comment);
    } catch (ValidationException e) {
      feedback.show(e, "discussion");
      return;
    }
    Messages.addGlobalInfo("review.discussion.posted");
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect(
        "review/events/%s/submissions/%s#discussion",
        page.getSlug(), Integer.toString(page.getNumber()));
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
