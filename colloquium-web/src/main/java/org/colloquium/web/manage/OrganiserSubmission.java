package org.colloquium.web.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.submissions.api.MySubmissions;
import org.colloquium.submissions.api.SubmissionQueries;
import org.colloquium.submissions.api.SubmissionTriage;
import org.colloquium.submissions.api.SubmissionView;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.Pages;
import org.colloquium.web.security.SignedIn;

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
    try {
      view = submissions.view(signedIn.accountId(), idOf());
      original = view.duplicateOfNumber();
    } catch (NotFoundException e) {
      Pages.notFound();
    } catch (AccessDeniedException e) {
      Pages.forbidden();
    }
  }

  private Long idOf() {
    int n;
    try {
      n = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw new NotFoundException("submission " + number);
    }
    return queries.idOf(signedIn.accountId(), slug, n);
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
      feedback.info(
          originalNumber == null ? "submissions.duplicate.cleared" : "submissions.duplicate.marked",
          originalNumber);
      feedback.keepForNextPage();
      Pages.redirect("/manage/events/" + slug + "/submissions/" + number);
    } catch (ValidationException e) {
      feedback.show(e, "duplicate");
    } catch (NotFoundException e) {
      Pages.notFound();
    } catch (AccessDeniedException e) {
      Pages.forbidden();
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
