package org.colloquium.web.manage.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.EditorView;
import org.colloquium.programme.api.ProgrammeEditing;
import org.colloquium.programme.api.UnavailabilityView;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/programme/availability: when speakers and rooms cannot be used, a day or
 * some hours of it. The warnings of the editor check every placement against them.
 */
@Named
@ViewScoped
public class SpeakerAvailability implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgrammeEditing editing;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private EditorView view;
  private final AbsenceFields form = new AbsenceFields();
  private Long roomId;

  public void load() {
    if (view == null) {
      refresh();
      form.setDay(view.days().get(0).toString());
    }
  }

  private void refresh() {
    view = editing.editor(signedIn.accountId(), slug);
  }

  public void add() {
    try {
      editing.addUnavailability(signedIn.accountId(), slug, form.input(roomId));
    } catch (ValidationException e) {
      feedback.show(e, "absence");
      return;
    }
    Messages.addGlobalInfo("programme.availability.added");
    form.clearEntry();
    roomId = null;
    refresh();
  }

  public void remove(UnavailabilityView absence) {
    editing.removeUnavailability(signedIn.accountId(), slug, absence.id());
    Messages.addGlobalInfo("programme.availability.removed");
    refresh();
  }

  public List<LocalDate> getDays() {
    return view.days();
  }

  public AbsenceFields getForm() {
    return form;
  }

  public EditorView getView() {
    return view;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }
}
