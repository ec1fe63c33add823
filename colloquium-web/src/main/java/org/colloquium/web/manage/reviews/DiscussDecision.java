package org.colloquium.web.manage.reviews;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.ReviewDiscussions;
import org.colloquium.reviews.api.SubmissionDiscussion;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Beside the decision form: the submission's reviews under their reviewers' names, the discussion
 * with a comment to add, and the reviewer asked to lead it.
 */
@Named
@ViewScoped
public class DiscussDecision implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewDiscussions discussions;
  @Inject DecideSubmissions page;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private SubmissionDiscussion submission;
  private String comment;
  private Long lead;
  private boolean leadRead;

  /** Null unless a submission's decision form is open. */
  public SubmissionDiscussion getSubmission() {
    if (submission == null && page.getChosen().isPresent()) {
      submission = discussions.forOrganiser(signedIn.accountId(), page.getSlug(), page.getDecide());
      if (!leadRead) {
        lead = submission.leadId();
        leadRead = true;
      }
    }
    return submission;
  }

  public void post() {
    try {
      discussions.postAsOrganiser(signedIn.accountId(), page.getSlug(), page.getDecide(), comment);
    } catch (ValidationException e) {
      feedback.show(e, "discussion-form");
      return;
    }
    Messages.addGlobalInfo("review.discussion.posted");
    backHere();
  }

  public void saveLead() {
    try {
      discussions.setLead(signedIn.accountId(), page.getSlug(), page.getDecide(), lead);
    } catch (ValidationException e) {
      feedback.show(e, "lead-form");
      return;
    }
    Messages.addGlobalInfo("manage.decisions.leadSaved");
    backHere();
  }

  private void backHere() {
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect(page.decideAddress(page.getDecide()).replace("#decide-heading", "#discussion"));
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Long getLead() {
    return lead;
  }

  public void setLead(Long lead) {
    this.lead = lead;
  }
}
