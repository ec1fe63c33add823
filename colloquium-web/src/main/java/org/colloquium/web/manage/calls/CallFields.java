package org.colloquium.web.manage.calls;

import java.io.Serializable;
import org.colloquium.events.api.CallForm;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;

/**
 * The call's form as the page binds it ({@code #{editCall.form.abstractDeadline}}), filled from and
 * turned into the service's {@link CallForm}. Keeps the version the form was loaded with, so a save
 * over someone else's newer save is refused and what was typed stays.
 */
public class CallFields implements Serializable {

  private static final long serialVersionUID = 1L;

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
  private Integer version;

  static CallFields of(CallForm v) {
    CallFields f = new CallFields();
    f.opensAt = v.opensAt();
    f.abstractDeadline = v.abstractDeadline();
    f.fullPaperDeadline = v.fullPaperDeadline();
    f.notificationAt = v.notificationAt();
    f.cameraReadyAt = v.cameraReadyAt();
    f.graceMinutes = v.graceMinutes();
    f.eligibility = v.eligibility();
    f.wordLimit = v.wordLimit();
    f.minKeywords = v.minKeywords();
    f.maxKeywords = v.maxKeywords();
    f.trackRequired = v.trackRequired();
    f.typeRequired = v.typeRequired();
    f.pdfPolicy = v.pdfPolicy();
    f.maxFileMb = v.maxFileMb();
    f.maxPages = v.maxPages();
    f.reviewMode = v.reviewMode();
    f.version = v.version();
    return f;
  }

  CallForm form() {
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

  public String getMaxFileMb() {
    return maxFileMb;
  }

  public void setMaxFileMb(String maxFileMb) {
    this.maxFileMb = maxFileMb;
  }

  public String getMaxPages() {
    return maxPages;
  }

  public void setMaxPages(String maxPages) {
    this.maxPages = maxPages;
  }

  public ReviewMode getReviewMode() {
    return reviewMode;
  }

  public void setReviewMode(ReviewMode reviewMode) {
    this.reviewMode = reviewMode;
  }
}
