package org.colloquium.web.my.submissions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.submissions.api.ChangeRefusedException;
import org.colloquium.submissions.api.MySubmissions;
import org.colloquium.submissions.api.SubmissionRole;
import org.colloquium.submissions.api.SubmissionSaved;
import org.colloquium.submissions.api.SubmissionView;
import org.colloquium.submissions.api.Submitting;
import org.colloquium.web.faces.PathIds;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

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
  @Inject SubmissionTexts texts;

  private String submission;
  private String done;
  private SubmissionView view;
  private boolean confirming;

  public void load() {
    if (view != null) {
      return;
    }
    view = mySubmissions.view(signedIn.accountId(), PathIds.id(submission));
    announce();
  }

  /** What the form's save did, named in the address it redirected to (see SubmitAbstract). */
  private void announce() {
    if ("received".equals(done) && view.role() == SubmissionRole.SUBMITTER) {
      Messages.addGlobalInfo(
          "submission.form.received",
          view.number(),
          signedIn.account().map(a -> a.email()).orElse(""));
    } else if ("received".equals(done)) {
      Messages.addGlobalInfo("submission.form.receivedForSubmitter", view.number());
    } else if ("saved".equals(done)) {
      Messages.addGlobalInfo("submission.form.changesSaved", view.number());
    }
  }

  /** The browser's autosaved copies of the form, obsolete once the form was saved. */
  public String getClearTyped() {
    return view == null || done == null ? "" : TypedCopies.savedOf(signedIn.accountId(), view);
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
    confirming = false;
    try {
      SubmissionSaved saved = submitting.withdraw(signedIn.accountId(), view.id());
      Messages.addGlobalInfo("submission.withdrawn", saved.number());
      Faces.getFlash().setKeepMessages(true);
      Faces.redirect("my/submissions/" + view.id());
    } catch (ChangeRefusedException e) {
      Messages.addGlobalError("submission.form.refused", texts.readOnly(e.reason(), view.call()));
    } catch (AccessDeniedException e) {
      Messages.addGlobalError("submission.withdraw.notSubmitter");
    }
  }

  public SubmissionView getView() {
    return view;
  }

  public boolean isConfirming() {
    return confirming;
  }

  public String getReadOnlyText() {
    return view == null ? "" : texts.readOnly(view);
  }

  public String getSubmission() {
    return submission;
  }

  public void setSubmission(String submission) {
    this.submission = submission;
  }
}
