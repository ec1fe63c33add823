package org.colloquium.web.manage.calls;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import org.colloquium.events.api.CallEditing;
import org.colloquium.events.api.CallEditor;
import org.colloquium.events.api.EventSummary;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;

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

  private CallFields form;

  public void load() {
    if (event != null) {
      return;
    }
    CallEditor editor = editing.open(signedIn.accountId(), slug);
    event = editor.event();
    exists = editor.exists();
    form = CallFields.of(editor.form());
  }

  public void save() {
    try {
      form = CallFields.of(editing.save(signedIn.accountId(), slug, form.form()));
      Messages.addGlobalInfo(exists ? "call.saved" : "call.created");
      exists = true;
    } catch (ValidationException e) {
      feedback.show(e, "call");
    }
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

  public CallFields getForm() {
    return form;
  }
}
