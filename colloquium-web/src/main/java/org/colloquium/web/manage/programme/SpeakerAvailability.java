package org.colloquium.web.manage.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.EditorView;
import org.colloquium.programme.api.ProgrammeEditing;
import org.colloquium.programme.api.UnavailabilityInput;
import org.colloquium.programme.api.UnavailabilityView;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.TypedTime;
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
  private String speakerEmail;
  private Long roomId;
  private String day;
  private String from;
  private String to;
  private String note;

  public void load() {
    if (view == null) {
      refresh();
      day = view.days().get(0).toString();
    }
  }

  private void refresh() {
    view = editing.editor(signedIn.accountId(), slug);
  }

  public void add() {
    List<Problem> problems = new ArrayList<>();
    LocalTime start = TypedTime.parse(from, "from", problems);
    LocalTime end = TypedTime.parse(to, "to", problems);
    if (!problems.isEmpty()) {
      feedback.show(new ValidationException(problems), "absence");
      return;
    }
    try {
      editing.addUnavailability(
          signedIn.accountId(),
          slug,
          new UnavailabilityInput(
              speakerEmail, roomId, day == null ? null : LocalDate.parse(day), start, end, note));
      Messages.addGlobalInfo("programme.availability.added");
      speakerEmail = null;
      roomId = null;
      from = null;
      to = null;
      note = null;
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "absence");
    }
  }

  public void remove(UnavailabilityView absence) {
    editing.removeUnavailability(signedIn.accountId(), slug, absence.id());
    Messages.addGlobalInfo("programme.availability.removed");
    refresh();
  }

  public List<LocalDate> getDays() {
    return view.days();
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

  public String getSpeakerEmail() {
    return speakerEmail;
  }

  public void setSpeakerEmail(String speakerEmail) {
    this.speakerEmail = speakerEmail;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
