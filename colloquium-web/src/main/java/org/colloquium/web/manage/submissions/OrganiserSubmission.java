package org.colloquium.web.manage.submissions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.submissions.api.MySubmissions;
import org.colloquium.submissions.api.SubmissionQueries;
import org.colloquium.submissions.api.SubmissionTriage;
import org.colloquium.submissions.api.SubmissionView;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.PathIds;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/submissions/{number}: one submission as its event's organisers see it, all
 * of it (withdrawn ones say so), its PDF, and marking it as a duplicate of another.
 */
@Named
@ViewScoped
public class OrganiserSubmission implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SubmissionQueries queries;
  @Inject MySubmissions submissions;
  @Inject SubmissionTriage triage;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private String number;
  private SubmissionView view;
  private Integer original;

  public void load() {
    if (view != null) {
      return;
    }
    view = submissions.view(signedIn.accountId(), idOf());
    original = view.duplicateOfNumber();
  }

  private Long idOf() {
    return queries.idOf(signedIn.accountId(), slug, PathIds.number(number));
  }

  public void markDuplicate() {
    change(original);
  }

  public void clearDuplicate() {
    original = null;
    change(null);
  }

  private void change(Integer originalNumber) {
    try {
      triage.markDuplicate(signedIn.accountId(), slug, Integer.parseInt(number), originalNumber);
      Messages.addGlobalInfo(
          originalNumber == null ? "submissions.duplicate.cleared" : "submissions.duplicate.marked",
          originalNumber);
      Faces.getFlash().setKeepMessages(true);
      Faces.redirect("manage/events/" + slug + "/submissions/" + number);
    } catch (ValidationException e) {
      feedback.show(e, "duplicate");
    }
  }

  public SubmissionView getView() {
    return view;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public Integer getOriginal() {
    return original;
  }

  public void setOriginal(Integer original) {
    this.original = original;
  }
}
