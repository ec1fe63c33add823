package org.colloquium.web.my.submissions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.SubmissionAvailability;
import org.colloquium.programme.api.SubmissionAvailabilityView;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.manage.programme.AbsenceFields;
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
  private final AbsenceFields form = new AbsenceFields();
  private String[] preferredDays;

  /** Null when the page shows no presented submission of this author. */
  public SubmissionAvailabilityView getView() {
    if (!read && detail.getView() != null) {
      view = availability.ofSubmission(signedIn.accountId(), detail.getView().id()).orElse(null);
      read = true;
      if (view != null && !view.speakers().isEmpty() && form.getSpeakerEmail() == null) {
        form.setSpeakerEmail(view.speakers().get(0).email());
      }
      if (view != null && preferredDays == null) {
        preferredDays =
            view.preferredDays().stream().map(LocalDate::toString).toArray(String[]::new);
      }
    }
    return view;
  }

  public void add() {
    try {
      availability.add(signedIn.accountId(), detail.getView().id(), form.input(null));
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

  public void prefer() {
    Set<LocalDate> days = new TreeSet<>();
    for (String day : preferredDays == null ? new String[0] : preferredDays) {
      days.add(LocalDate.parse(day)); // JSF let through only the days it offered
    }
    try {
      availability.preferDays(signedIn.accountId(), detail.getView().id(), days);
    } catch (ValidationException e) {
      feedback.show(e, "preference");
      return;
    }
    Messages.addGlobalInfo(
        days.isEmpty()
            ? "programme.availability.author.noPreference"
            : "programme.availability.author.preferred");
    done();
  }

  /** After a change, the page again (post-redirect-get), at its availability section. */
  private void done() {
    Faces.getFlash().setKeepMessages(true);
    Faces.redirect("my/submissions/%s#availability", detail.getView().id().toString());
  }

  public AbsenceFields getForm() {
    return form;
  }

  /** The preferred days as ISO dates, for the check boxes. */
  public String[] getPreferredDays() {
    return preferredDays;
  }

  public void setPreferredDays(String[] preferredDays) {
    this.preferredDays = preferredDays;
  }
}
