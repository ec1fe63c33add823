package org.colloquium.web.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import org.colloquium.events.api.CallEditing;
import org.colloquium.events.api.CallEditor;
import org.colloquium.events.api.CallForm;
import org.colloquium.events.api.EventSummary;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.Pages;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.security.SignedIn;

/**
 * /manage/events/{slug}/call: create or edit the event's call for papers. Keeps the version the
 * form was loaded with, so a save over someone else's newer save is refused with a message and the
 * organiser's input stays in the form.
 */
@Named
@ViewScoped
public class EditCall implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An option of a select: the value and its label in the visitor's language. */
  public record Choice(Object value, String label) implements Serializable {
    // Bean-style getters: the select tag reads item['value'] and item['label'].
    public Object getValue() {
      return value;
    }

    public String getLabel() {
      return label;
    }
  }

  @Inject CallEditing editing;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;
  @Inject LocaleSelection language;

  private String slug;
  private EventSummary event;
  private boolean exists;
  private Integer version;

  private String opensAt;
  private String abstractDeadline;
  private String fullPaperDeadline;
  private String notificationAt;
  private String cameraReadyAt;
  private String graceMinutes;
  private String eligibility;
  private String wordLimit;
  private String minKeywords;
  private String maxKeywords;
  private boolean trackRequired;
  private boolean typeRequired;
  private PdfPolicy pdfPolicy;
  private String maxFileMb;
  private String maxPages;
  private ReviewMode reviewMode;

  public void load() {
    if (event != null) {
      return;
    }
    try {
      CallEditor editor = editing.open(signedIn.accountId(), slug);
      event = editor.event();
      exists = editor.exists();
      fill(editor.form());
    } catch (NotFoundException e) {
      Pages.notFound();
    } catch (AccessDeniedException e) {
      Pages.forbidden();
    }
  }

  public void save() {
    try {
      CallForm saved = editing.save(signedIn.accountId(), slug, form());
      fill(saved);
      feedback.info(exists ? "call.saved" : "call.created");
      exists = true;
    } catch (ValidationException e) {
      feedback.show(e, "call");
    }
  }

  private CallForm form() {
    return new CallForm(
        opensAt,
        abstractDeadline,
        fullPaperDeadline,
        notificationAt,
        cameraReadyAt,
        graceMinutes,
        eligibility,
        wordLimit,
        minKeywords,
        maxKeywords,
        trackRequired,
        typeRequired,
        pdfPolicy,
        maxFileMb,
        maxPages,
        reviewMode,
        version);
  }

  private void fill(CallForm f) {
    opensAt = f.opensAt();
    abstractDeadline = f.abstractDeadline();
    fullPaperDeadline = f.fullPaperDeadline();
    notificationAt = f.notificationAt();
    cameraReadyAt = f.cameraReadyAt();
    graceMinutes = f.graceMinutes();
    eligibility = f.eligibility();
    wordLimit = f.wordLimit();
    minKeywords = f.minKeywords();
    maxKeywords = f.maxKeywords();
    trackRequired = f.trackRequired();
    typeRequired = f.typeRequired();
    pdfPolicy = f.pdfPolicy();
    maxFileMb = f.maxFileMb();
    maxPages = f.maxPages();
    reviewMode = f.reviewMode();
    version = f.version();
  }

  /**
   * "Europe/Bucharest (Eastern European Time)": shown with every date input. The generic name,
   * since the dates of one call may fall on both sides of a clock change.
   */
  public String getZoneHint() {
    return feedback.text(
        "call.form.zoneHint",
        event.zone().getId(),
        event.zone().getDisplayName(TextStyle.FULL, language.getLocale()));
  }

  public List<Choice> getPdfPolicies() {
    return Arrays.stream(PdfPolicy.values())
        .map(
            p ->
                new Choice(
                    p,
                    switch (p) {
                      case NOT_ALLOWED -> feedback.text("call.form.pdf.notAllowed");
                      case OPTIONAL -> feedback.text("call.form.pdf.optional");
                      case REQUIRED -> feedback.text("call.form.pdf.required");
                    }))
        .toList();
  }

  public List<Choice> getReviewModes() {
    return Arrays.stream(ReviewMode.values())
        .map(
            m ->
                new Choice(
                    m,
                    switch (m) {
                      case SINGLE_BLIND -> feedback.text("call.form.review.singleBlind");
                      case DOUBLE_BLIND -> feedback.text("call.form.review.doubleBlind");
                      case OPEN -> feedback.text("call.form.review.open");
                    }))
        .toList();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public EventSummary getEvent() {
    return event;
  }

  public boolean isExists() {
    return exists;
  }

  public String getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(String opensAt) {
    this.opensAt = opensAt;
  }

  public String getAbstractDeadline() {
    return abstractDeadline;
  }

  public void setAbstractDeadline(String abstractDeadline) {
    this.abstractDeadline = abstractDeadline;
  }

  public String getFullPaperDeadline() {
    return fullPaperDeadline;
  }

  public void setFullPaperDeadline(String fullPaperDeadline) {
    this.fullPaperDeadline = fullPaperDeadline;
  }

  public String getNotificationAt() {
    return notificationAt;
  }

  public void setNotificationAt(String notificationAt) {
    this.notificationAt = notificationAt;
  }

  public String getCameraReadyAt() {
    return cameraReadyAt;
  }

  public void setCameraReadyAt(String cameraReadyAt) {
    this.cameraReadyAt = cameraReadyAt;
  }

  public String getGraceMinutes() {
    return graceMinutes;
  }

  public void setGraceMinutes(String graceMinutes) {
    this.graceMinutes = graceMinutes;
  }

  public String getEligibility() {
    return eligibility;
  }

  public void setEligibility(String eligibility) {
    this.eligibility = eligibility;
  }

  public String getWordLimit() {
    return wordLimit;
  }

  public void setWordLimit(String wordLimit) {
    this.wordLimit = wordLimit;
  }

  public String getMinKeywords() {
    return minKeywords;
  }

  public void setMinKeywords(String minKeywords) {
    this.minKeywords = minKeywords;
  }

  public String getMaxKeywords() {
    return maxKeywords;
  }

  public void setMaxKeywords(String maxKeywords) {
    this.maxKeywords = maxKeywords;
  }

  public boolean isTrackRequired() {
    return trackRequired;
  }

  public void setTrackRequired(boolean trackRequired) {
    this.trackRequired = trackRequired;
  }

  public boolean isTypeRequired() {
    return typeRequired;
  }

  public void setTypeRequired(boolean typeRequired) {
    this.typeRequired = typeRequired;
  }

  public PdfPolicy getPdfPolicy() {
    return pdfPolicy;
  }

  public void setPdfPolicy(PdfPolicy pdfPolicy) {
    this.pdfPolicy = pdfPolicy;
  }

  public String getMaxPages() {
    return maxPages;
  }

  public void setMaxPages(String maxPages) {
    this.maxPages = maxPages;
  }

  public String getMaxFileMb() {
    return maxFileMb;
  }

  public void setMaxFileMb(String maxFileMb) {
    this.maxFileMb = maxFileMb;
  }

  public ReviewMode getReviewMode() {
    return reviewMode;
  }

  public void setReviewMode(ReviewMode reviewMode) {
    this.reviewMode = reviewMode;
  }
}
