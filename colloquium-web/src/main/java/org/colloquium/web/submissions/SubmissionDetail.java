package org.colloquium.web.submissions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.submissions.api.ChangeRefusedException;
import org.colloquium.submissions.api.ConflictException;
import org.colloquium.submissions.api.MySubmissions;
import org.colloquium.submissions.api.SubmissionRole;
import org.colloquium.submissions.api.SubmissionSaved;
import org.colloquium.submissions.api.SubmissionView;
import org.colloquium.submissions.api.Submitting;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.Pages;
import org.colloquium.web.security.SignedIn;

/**
 * /my/submissions/{submission}: one submission as its author reads it, with "Edit" while it may be
 * changed and "Withdraw", which asks first (a second state of the page, reached by keyboard like
 * any button).
 */
@Named
@ViewScoped
public class SubmissionDetail implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MySubmissions mySubmissions;
  @Inject Submitting submitting;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;
  @Inject SubmissionTexts texts;

  private String submission;
  private String done;
  private SubmissionView view;
  private boolean confirming;

  public void load() {
    if (view != null) {
      return;
    }
    try {
      view = mySubmissions.view(signedIn.accountId(), Long.valueOf(submission));
    } catch (NotFoundException | NumberFormatException e) {
      Pages.notFound();
      return;
    }
    announce();
  }

  /** What the form's save did, named in the address it redirected to (see SubmitAbstract). */
  private void announce() {
    if ("received".equals(done) && view.role() == SubmissionRole.SUBMITTER) {
      feedback.info(
          "submission.form.received",
          view.number(),
          signedIn.account().map(a -> a.email()).orElse(""));
    } else if ("received".equals(done)) {
      feedback.info("submission.form.receivedForSubmitter", view.number());
    } else if ("saved".equals(done)) {
      feedback.info("submission.form.changesSaved", view.number());
    }
  }

  /** The browser's autosaved copies of the form, obsolete once the form was saved. */
  public String getClearTyped() {
    return view == null || done == null
        ? ""
        : TypedCopies.newForm(signedIn.accountId(), view.event().slug())
            + " "
            + TypedCopies.submission(signedIn.accountId(), view.id());
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }

  /** First step: the page asks whether to withdraw, and says it cannot be undone. */
  public void askToWithdraw() {
    confirming = view != null && view.canWithdraw();
  }

  public void cancelWithdrawal() {
    confirming = false;
  }

  public void withdraw() {
    try {
      SubmissionSaved saved = submitting.withdraw(signedIn.accountId(), view.id());
      feedback.info("submission.withdrawn", saved.number());
      feedback.keepForNextPage();
      Pages.redirect("/my/submissions/" + view.id());
    } catch (ChangeRefusedException e) {
      confirming = false;
      feedback.error("submission.form.refused", texts.readOnly(e.reason(), view.call()));
    } catch (ConflictException e) {
      confirming = false;
      feedback.error("submission.conflict");
    } catch (AccessDeniedException e) {
      confirming = false;
      feedback.error("submission.withdraw.notSubmitter");
    } catch (NotFoundException e) {
      Pages.notFound();
    }
  }

  public SubmissionView getView() {
    return view;
  }

  public boolean isConfirming() {
    return confirming;
  }

  public String getReadOnlyText() {
    return view == null ? "" : texts.readOnly(view.readOnlyReason(), view.call());
  }

  public String getSubmission() {
    return submission;
  }

  public void setSubmission(String submission) {
    this.submission = submission;
  }
}
