package org.colloquium.web.my.submissions;

import org.colloquium.submissions.api.SubmissionSaved;
import org.colloquium.submissions.api.SubmissionState;
import org.colloquium.submissions.api.SubmissionView;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Post-redirect-get for the abstract form, its PDF buttons and the detail page, with what happened
 * in the address ({@code ?done=…}) rather than in the flash: the page that shows the notice also
 * tells the browser which autosaved copies to drop, and nothing depends on the flash cookie
 * surviving the redirect of a multipart post.
 */
final class AfterSave {

  private AfterSave() {}

  /** To the detail page once the submission is in, back to the form while it is a draft. */
  static void redirect(SubmissionSaved saved, boolean submit) {
    if (submit && saved.state() == SubmissionState.SUBMITTED) {
      Faces.redirect("my/submissions/" + saved.id() + "?done=received");
    } else if (saved.state() == SubmissionState.SUBMITTED) {
      Faces.redirect("my/submissions/" + saved.id() + "?done=saved");
    } else {
      backToForm(saved.id(), "draft");
    }
  }

  static void backToForm(Long id, String done) {
    Faces.redirect("my/submissions/" + id + "/edit?done=" + done);
  }

  /** The form's notice of what the previous request did; false when there is none. */
  static boolean announceOnForm(String done, SubmissionView view) {
    if (view.isNew() || done == null) {
      return false;
    }
    switch (done) {
      case "draft" -> Messages.addGlobalInfo("submission.form.draftSaved", view.number());
      case "stripped" -> Messages.addGlobalInfo("submission.file.stripped");
      case "removed" -> Messages.addGlobalInfo("submission.file.removed");
      default -> {
        return false;
      }
    }
    return true;
  }
}
