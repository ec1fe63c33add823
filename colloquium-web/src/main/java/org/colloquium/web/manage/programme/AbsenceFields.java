package org.colloquium.web.manage.programme;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.UnavailabilityInput;
import org.colloquium.web.faces.TypedTime;

/**
 * The fields of a "cannot attend" form as typed (a speaker, a day, optionally the hours, a note),
 * bound in EL by the organisers' availability page and by an author's submission page alike (which
 * uses it from here: only the web's feature packages may name the programme module).
 */
public class AbsenceFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String speakerEmail;
  private String day;
  private String from;
  private String to;
  private String note;

  /**
   * What was typed, as the programme takes it.
   *
   * @throws ValidationException naming every field that is not a day or a time
   */
  public UnavailabilityInput input(Long roomId) {
    List<Problem> problems = new ArrayList<>();
    LocalTime start = TypedTime.parse(from, "from", problems);
    LocalTime end = TypedTime.parse(to, "to", problems);
    LocalDate date = null;
    if (day == null || day.isBlank()) {
      problems.add(Problem.of("day", "programme.session.day.required"));
    } else {
      try {
        date = LocalDate.parse(day);
      } catch (DateTimeParseException e) {
        problems.add(Problem.of("day", "programme.availability.author.day"));
      }
    }
    ValidationException.throwIfAny(problems);
    return new UnavailabilityInput(speakerEmail, roomId, date, start, end, note);
  }

  /** Empties what is typed once per entry; the day stays, the next entry is often the same day. */
  public void clearEntry() {
    speakerEmail = null;
    from = null;
    to = null;
    note = null;
  }

  public String getSpeakerEmail() {
    return speakerEmail;
  }

  public void setSpeakerEmail(String speakerEmail) {
    this.speakerEmail = speakerEmail;
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
