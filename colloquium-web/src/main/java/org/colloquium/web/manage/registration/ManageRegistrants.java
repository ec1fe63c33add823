package org.colloquium.web.manage.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.AcademicStatus;
import org.colloquium.registration.api.MyRegistration;
import org.colloquium.registration.api.NewRegistrant;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrantRow;
import org.colloquium.registration.api.Registrants;
import org.colloquium.registration.api.RegistrantsView;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.web.faces.DayChart;
import org.colloquium.web.faces.EnumParameters;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.security.SignedIn;
import org.colloquium.web.site.registration.AttendanceFields;
import org.omnifaces.util.Messages;

/**
 * /manage/events/{slug}/registrations: counts per mode and state, the list filtered by state and
 * mode, approving, rejecting or cancelling with a reason, and registering someone by hand.
 */
@Named
@ViewScoped
public class ManageRegistrants implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Registrants registrants;
  @Inject SignedIn signedIn;
  @Inject FacesFeedback feedback;

  private String slug;
  private String state;
  private String mode;
  private String answer;
  private RegistrantsView view;
  private transient DayChart chart;
  private String reason;
  private String email;
  private boolean mailed = true;
  private AttendanceFields added = new AttendanceFields();

  public void load() {
    if (view == null) {
      refresh();
    }
  }

  private void refresh() {
    view =
        registrants.list(
            signedIn.accountId(),
            slug,
            EnumParameters.parse(RegistrationState.class, state),
            EnumParameters.parse(ParticipationMode.class, mode),
            answer);
  }

  /** The presenting authors registered as speakers now, without waiting for the next run. */
  public void registerSpeakers() {
    try {
      int made = registrants.registerSpeakers(signedIn.accountId(), slug);
      Messages.addGlobalInfo("registration.manage.speakers.registered", made);
      refresh();
    } catch (ConflictException e) {
      refresh();
      throw e;
    }
  }

  public void approve(RegistrantRow row) {
    try {
      RegistrationState now = registrants.approve(signedIn.accountId(), slug, row.id());
      Messages.addGlobalInfo("registration.manage.approved." + now, row.fullName());
      refresh();
    } catch (ConflictException e) {
      // Decided meanwhile by another organiser or by the registrant: the list shows it as it is,
      // the page's exception handler says why.
      refresh();
      throw e;
    }
  }

  public void reject(RegistrantRow row) {
    try {
      registrants.reject(signedIn.accountId(), slug, row.id(), reason);
      Messages.addGlobalInfo("registration.manage.rejected", row.fullName());
      reason = null;
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "list");
    } catch (ConflictException e) {
      refresh();
      throw e;
    }
  }

  public void cancel(RegistrantRow row) {
    try {
      registrants.cancel(signedIn.accountId(), slug, row.id(), reason);
      Messages.addGlobalInfo("registration.manage.cancelled", row.fullName());
      reason = null;
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "list");
    } catch (ConflictException e) {
      refresh();
      throw e;
    }
  }

  public void add() {
    try {
      MyRegistration registration =
          registrants.add(
              signedIn.accountId(), slug, new NewRegistrant(email, added.answers(), mailed));
      Messages.addGlobalInfo(
          "registration.manage.added." + registration.state(), registration.answers().fullName());
      email = null;
      added = new AttendanceFields();
      refresh();
    } catch (ValidationException e) {
      feedback.show(e, "add");
    }
  }

  /** The registrations per day, for the chart. */
  public DayChart getChart() {
    if (chart == null) {
      chart = new DayChart(view.perDay(), RegistrantsView.Day::label, RegistrantsView.Day::count);
    }
    return chart;
  }

  public List<RegistrationState> getStates() {
    return List.of(RegistrationState.values());
  }

  public List<ParticipationMode> getModes() {
    return List.of(ParticipationMode.values());
  }

  public List<AcademicStatus> getStatuses() {
    return List.of(AcademicStatus.values());
  }

  public RegistrantsView getView() {
    return view;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isMailed() {
    return mailed;
  }

  public void setMailed(boolean mailed) {
    this.mailed = mailed;
  }

  public AttendanceFields getAdded() {
    return added;
  }
}
