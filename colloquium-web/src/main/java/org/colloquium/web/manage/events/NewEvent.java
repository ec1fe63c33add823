package org.colloquium.web.manage.events;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EditionCopy;
import org.colloquium.events.api.EventEditing;
import org.colloquium.events.api.EventManagement;
import org.colloquium.events.api.EventSummary;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.security.SignedIn;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /manage/events/new: start an event from scratch with the few fields it cannot exist without, or
 * as the next edition of one the organiser manages. Either way the edit page follows.
 */
@Named
@ViewScoped
public class NewEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignedIn signedIn;
  @Inject EventEditing editing;
  @Inject EventManagement management;
  @Inject FacesFeedback feedback;
  @Inject LocaleSelection language;

  private final EventBasics form = new EventBasics();

  private String source;
  private String copySlug;
  private Integer shiftAmount = 1;
  private ChronoUnit shiftUnit = ChronoUnit.YEARS;

  private List<EventSummary> copyable;

  /** Starts with the organiser's page language, in Bucharest, hybrid: all can be changed. */
  @PostConstruct
  void prefill() {
    form.setTimeZone("Europe/Bucharest");
    form.setAttendance(AttendanceMode.HYBRID);
    form.setContentLanguage(language.current());
  }

  public void create() {
    try {
      String created = editing.create(signedIn.accountId(), form.start());
      Messages.addGlobalInfo("event.created");
      Faces.getFlash().setKeepMessages(true);
      Faces.redirect("manage/events/" + created + "/edit");
    } catch (ValidationException e) {
      feedback.show(e, "newEvent");
    }
  }

  public void copy() {
    try {
      String created =
          editing.copy(
              signedIn.accountId(), new EditionCopy(source, copySlug, shiftAmount, shiftUnit));
      Messages.addGlobalInfo("event.copied");
      Faces.getFlash().setKeepMessages(true);
      Faces.redirect("manage/events/" + created + "/edit");
    } catch (ValidationException e) {
      feedback.show(e, "copyEvent");
    } catch (AccessDeniedException | NotFoundException e) {
      // A source the actor does not manage is reported like one that does not exist.
      feedback.show(
          new ValidationException(Problem.of("source", "event.copy.sourceRequired")), "copyEvent");
    }
  }

  /** Events the organiser may copy from. */
  public List<EventSummary> getCopyable() {
    if (copyable == null) {
      copyable = management.managedBy(signedIn.accountId());
    }
    return copyable;
  }

  public AttendanceMode[] getAttendanceModes() {
    return AttendanceMode.values();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public ChronoUnit[] getShiftUnits() {
    return new ChronoUnit[] {ChronoUnit.YEARS, ChronoUnit.WEEKS};
  }

  public EventBasics getForm() {
    return form;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getCopySlug() {
    return copySlug;
  }

  public void setCopySlug(String copySlug) {
    this.copySlug = copySlug;
  }

  public Integer getShiftAmount() {
    return shiftAmount;
  }

  public void setShiftAmount(Integer shiftAmount) {
    this.shiftAmount = shiftAmount;
  }

  public ChronoUnit getShiftUnit() {
    return shiftUnit;
  }

  public void setShiftUnit(ChronoUnit shiftUnit) {
    this.shiftUnit = shiftUnit;
  }
}
