package org.colloquium.web.manage.events;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventInput;
import org.colloquium.kernel.i18n.Language;

/**
 * The fields an event cannot exist without, as the new-event form edits them ({@code
 * #{newEvent.form.title}}); {@link EventFields} adds the rest for the edit form.
 */
public class EventBasics implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String slug;
  private LocalDateTime start;
  private LocalDateTime end;
  private String timeZone;
  private AttendanceMode attendance;
  private Language contentLanguage;

  /** A new event with only these fields. */
  EventInput start() {
    return EventInput.start(title, slug, start, end, timeZone, attendance, contentLanguage);
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

  public Language getContentLanguage() {
    return contentLanguage;
  }

  public void setContentLanguage(Language contentLanguage) {
    this.contentLanguage = contentLanguage;
  }
}
