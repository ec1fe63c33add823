package org.colloquium.web.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EditionCopy;
import org.colloquium.events.api.EventEditing;
import org.colloquium.events.api.EventInput;
import org.colloquium.events.api.EventManagement;
import org.colloquium.events.api.EventSummary;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.Pages;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.security.SignedIn;

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

  private String title;
  private String slug;
  private LocalDateTime start;
  private LocalDateTime end;
  private String timeZone = "Europe/Bucharest";
  private AttendanceMode attendance = AttendanceMode.HYBRID;
  private Language contentLanguage;

  private String source;
  private String copySlug;
  private Integer shiftAmount = 1;
  private ChronoUnit shiftUnit = ChronoUnit.YEARS;

  private List<EventSummary> copyable;

  public void create() {
    try {
      String created =
          editing.create(
              signedIn.accountId(),
              EventInput.start(
                  title, slug, start, end, timeZone, attendance, getContentLanguage()));
      feedback.info("event.created");
      feedback.keepForNextPage();
      Pages.redirect("/manage/events/" + created + "/edit");
    } catch (ValidationException e) {
      feedback.show(e, "newEvent");
    } catch (AccessDeniedException e) {
      Pages.forbidden();
    }
  }

  public void copy() {
    try {
      String created =
          editing.copy(
              signedIn.accountId(), new EditionCopy(source, copySlug, shiftAmount, shiftUnit));
      feedback.info("event.copied");
      feedback.keepForNextPage();
      Pages.redirect("/manage/events/" + created + "/edit");
    } catch (ValidationException e) {
      feedback.show(e, "copyEvent");
    } catch (AccessDeniedException | NotFoundException e) {
      // A source the actor does not manage is reported like one that does not exist.
      feedback.show(
          new ValidationException(
              org.colloquium.kernel.validation.Problem.of("source", "event.copy.sourceRequired")),
          "copyEvent");
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public LocalDateTime getStart() {
    return start;
  }

  public void setStart(LocalDateTime start) {
    this.start = start;
  }

  public LocalDateTime getEnd() {
    return end;
  }

  public void setEnd(LocalDateTime end) {
    this.end = end;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public AttendanceMode getAttendance() {
    return attendance;
  }

  public void setAttendance(AttendanceMode attendance) {
    this.attendance = attendance;
  }

  /** The organiser's page language unless they choose otherwise. */
  public Language getContentLanguage() {
    if (contentLanguage == null) {
      contentLanguage = language.current();
    }
    return contentLanguage;
  }

  public void setContentLanguage(Language contentLanguage) {
    this.contentLanguage = contentLanguage;
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
