package org.colloquium.web.manage.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventEditable;
import org.colloquium.events.api.EventEditing;
import org.colloquium.events.api.EventStatus;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/edit: every detail of an event ({@link EventFields}). The version read when
 * the page opened stays with the view; if another organiser saves first, this save is refused with
 * a conflict message and the form keeps what this organiser typed.
 */
@Named
@ViewScoped
public class EditEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignedIn signedIn;
  @Inject EventEditing editing;
  @Inject FacesFeedback feedback;

  private String slug;
  private int version;
  private EventStatus status;
  private boolean slugChangeable;
  private EventFields form;

  public void load() {
    if (form != null) {
      return;
    }
    EventEditable editable = editing.editable(signedIn.accountId(), slug);
    version = editable.version();
    status = editable.status();
    slugChangeable = editable.slugChangeable();
    form = EventFields.of(editable.values());
  }

  public void save() {
    try {
      String saved = editing.save(signedIn.accountId(), slug, version, form.input());
      Messages.addGlobalInfo("event.saved");
      Faces.getFlash().setKeepMessages(true);
      Faces.redirect("manage/events/" + saved + "/edit");
    } catch (ValidationException e) {
      feedback.show(e, "event");
    }
  }

  public EventFields getForm() {
    return form;
  }

  public AttendanceMode[] getAttendanceModes() {
    return AttendanceMode.values();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public EventStatus getStatus() {
    return status;
  }

  public boolean isSlugChangeable() {
    return slugChangeable;
  }

  public boolean isLoaded() {
    return form != null;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
