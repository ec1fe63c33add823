package org.colloquium.web.my.submissions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.colloquium.events.api.CallDetails;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.submissions.api.FileUpload;
import org.colloquium.submissions.api.Submitting;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.Uploads;
import org.colloquium.web.security.SignedIn;

/**
 * The PDF of the abstract form ({@link SubmitAbstract}): what the call asks for, the file chosen
 * with a save, and the buttons that change the stored file (remove it, remove its metadata now).
 * Request-scoped: an uploaded part belongs to one request, and a view-scoped field would keep its
 * bytes in memory for as long as the session keeps the view.
 */
@Named
@RequestScoped
public class AbstractFile {

  @Inject SubmitAbstract form;
  @Inject Submitting submitting;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private Part file;
  private boolean stripMetadata;

  /** The file chosen with this save, or null when none was chosen or the call takes none. */
  FileUpload upload() {
    if (file == null || file.getSize() == 0 || !isAllowed()) {
      return null;
    }
    int limit = form.getCall().maxFileMb() * 1024 * 1024;
    return new FileUpload(Uploads.name(file), Uploads.read(file, limit));
  }

  /** Removes the PDF's metadata now, for the warning of a double-blind call. */
  public void stripMetadataNow() {
    if (form.changeFile(id -> submitting.stripFileMetadata(signedIn.accountId(), id))) {
      AfterSave.backToForm(form.getView().id(), "stripped");
    }
  }

  public void removeFile() {
    if (form.changeFile(id -> submitting.removeFile(signedIn.accountId(), id))) {
      AfterSave.backToForm(form.getView().id(), "removed");
    }
  }

  public boolean isAllowed() {
    CallDetails call = form.getCall();
    return call != null && call.pdfPolicy() != PdfPolicy.NOT_ALLOWED;
  }

  public boolean isRequired() {
    CallDetails call = form.getCall();
    return call != null && call.pdfPolicy() == PdfPolicy.REQUIRED;
  }

  public boolean isDoubleBlind() {
    CallDetails call = form.getCall();
    return call != null && call.reviewMode() == ReviewMode.DOUBLE_BLIND;
  }

  public String getHint() {
    CallDetails call = form.getCall();
    return call == null ? "" : feedback.text("submission.file.hint", call.maxFileMb());
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public boolean isStripMetadata() {
    return stripMetadata;
  }

  public void setStripMetadata(boolean stripMetadata) {
    this.stripMetadata = stripMetadata;
  }
}
