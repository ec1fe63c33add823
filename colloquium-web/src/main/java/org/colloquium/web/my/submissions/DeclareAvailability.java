package org.colloquium.web.my.submissions;

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
import org.colloquium.programme.api.SubmissionAvailability;
import org.colloquium.programme.api.SubmissionAvailabilityView;
import org.colloquium.programme.api.UnavailabilityInput;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.TypedTime;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The "When can the speakers attend?" section of an accepted submission's page: its authors name
 * the days or hours a presenting author cannot come, and the organisers' editor warns about any
 * slot that clashes. Shown only once the authors know the submission is accepted.
 */
@Named
@ViewScoped
public class DeclareAvailability implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SubmissionAvailability availability;
  @Inject SubmissionDetail detail;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private SubmissionAvailabilityView view;
  private boolean read;
  private String speakerEmail;
  private String day;
  private String from;
  private String to;
  private String note;

  /** Null when the page shows no presented submission of this author. */
  public SubmissionAvailabilityView getView() {
    if (!read && detail.getView() != null) {
      view = availability.ofSubmission(signedIn.accountId(), detail.getView().id()).orElse(null);
      read = true;
      if (view != null && !view.speakers().isEmpty() && speakerEmail == null) {
        speakerEmail = view.speakers().get(0).email();
      }
    }
    return view;
  }

  public void add() {
    List<Problem> problems = new ArrayList<>();
    LocalTime start = TypedTime.parse(from, "from", problems);
    LocalTime end = TypedTime.parse(to, "to", problems);
    LocalDate date = parseDay(problems);
    if (!problems.isEmpty()) {
      feedback.show(new ValidationException(problems), "absence");
      return;
    }
    try {
      availability.add(
          signedIn.accountId(),
          detail.getView().id(),
          new UnavailabilityInput(speakerEmail, null, date, start, end, note));
    } catch (ValidationException e) {
      feedback.show(e, "absence");
      return;
    }
    Messages.addGlobalInfo("programme.availability.author.added");
    done();
  }

  public void remove(SubmissionAvailabilityView.Entry entry) {
    try {
      availability.remove(signedIn.accountId(), detail.getView().id(), entry.id());
    } catch (ValidationException e) {
      feedback.show(e, "absence");
      return;
    }
    Messages.addGlobalInfo("programme.availability.author.removed");
    done();
  }

  /** After a change, the page again (post-redirect-get), at its availability section. */
  private void done() {
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("my/submissions/%s#availability", detail.getView().id().toString());
  }

  private LocalDate parseDay(List<Problem> problems) {
    if (day == null || day.isBlank()) {
      problems.add(Problem.of("day", "programme.session.day.required"));
      return null;
    }
    try {
      return LocalDate.parse(day);
    } catch (java.time.format.DateTimeParseException e) {
      problems.add(Problem.of("day", "programme.availability.author.day"));
      return null;
    }
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
