package org.colloquium.web.review.sheet;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.CriterionKind;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.ReviewSheetView;
import org.colloquium.reviews.api.ReviewerDesk;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /review/events/{slug}/submissions/{number}: the submission as the reviewer may see it and the
 * review form; saved as a draft or submitted. On a refusal (a missing answer, a change saved
 * meanwhile in another window) the typed answers stay on the page.
 */
@Named
@ViewScoped
public class WriteReview implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "review";
  static final String DECLINE = "decline";

  private static final String CHANGED_MEANWHILE = "reviews.review.changedMeanwhile";

  @Inject ReviewerDesk desk;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private int number;
  private ReviewSheetView sheet;
  private final Map<String, String> answers = new HashMap<>();
  private int version;
  private String reason;

  public void load() {
    if (sheet == null) {
      sheet = desk.sheet(signedIn.accountId(), slug, number);
      answers.putAll(sheet.answers());
      version = sheet.version();
    }
  }

  public void saveDraft() {
    save(false);
  }

  public void submit() {
    save(true);
  }

  private void save(boolean submitting) {
    try {
      sheet = desk.save(signedIn.accountId(), slug, number, answers, version, submitting);
    } catch (ValidationException e) {
      show(e);
      if (e.problems().stream().anyMatch(p -> p.messageKey().equals(CHANGED_MEANWHILE))) {
        // The typed answers stay; saving again replaces what the other window saved.
        version = desk.sheet(signedIn.accountId(), slug, number).version();
      }
      return;
    }
    version = sheet.version();
    Messages.addGlobalInfo(submitting ? "review.sheet.submitted" : "review.sheet.draftSaved");
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("review/events/%s/submissions/%s", slug, Integer.toString(number));
  }

  /**
   * Shows the service's problems: one about a criterion beside that criterion's input (the i-th of
   * the repeated criteria: {@code criteria:i:answer} for a scale, {@code criteria:i:text} for
   * words), with a line at the top that says where to look; the others at the top.
   */
  private void show(ValidationException e) {
    List<CriterionSpec> form = sheet.form();
    boolean beside =
        feedback.showBeside(
            e,
            FORM,
            field -> {
              for (int i = 0; i < form.size(); i++) {
                if (form.get(i).key().equals(field)) {
                  return "criteria:"
                      + i
                      + (form.get(i).kind() == CriterionKind.SCALE ? ":answer" : ":text");
                }
              }
              return null;
            });
    if (beside) {
      Messages.addGlobalError("review.sheet.fix");
    }
  }

  public void decline() {
    try {
      desk.decline(signedIn.accountId(), slug, number, reason);
    } catch (ValidationException e) {
      feedback.show(e, DECLINE);
      return;
    }
    Messages.addGlobalInfo("review.sheet.declined", number);
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("review/events/%s", slug);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public int getNumber() {
    return number;
  }

  public void setNumber(int number) {
    this.number = number;
  }

  public ReviewSheetView getSheet() {
    return sheet;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
