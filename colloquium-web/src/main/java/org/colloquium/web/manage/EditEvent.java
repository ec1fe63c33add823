package org.colloquium.web.manage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.events.api.EventEditable;
import org.colloquium.events.api.EventEditing;
import org.colloquium.events.api.EventInput;
import org.colloquium.events.api.EventStatus;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.web.faces.FacesFeedback;
import org.colloquium.web.faces.Pages;
import org.colloquium.web.security.SignedIn;

/**
 * /manage/events/{slug}/edit: every detail of an event. The version read when the page opened stays
 * with the view; if another organiser saves first, this save is refused with a conflict message and
 * the form keeps what this organiser typed.
 */
@Named
@ViewScoped
public class EditEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignedIn signedIn;
  @Inject EventEditing editing;
  @Inject FacesFeedback feedback;

  private String slug;
  private boolean loaded;
  private int version;
  private EventStatus status;
  private boolean slugChangeable;

  private String title;
  private String subtitle;
  private String description;
  private String newSlug;
  private String series;
  private Integer edition;
  private LocalDateTime start;
  private LocalDateTime end;
  private String timeZone;
  private String venueName;
  private String venueAddress;
  private String venueMapUrl;
  private AttendanceMode attendance;
  private String streamUrl;
  private String contactEmail;
  private Language contentLanguage;
  private String otherTitle;
  private String otherSubtitle;
  private String otherDescription;
  private String organiserName;
  private String organiserUrl;

  public void load() {
    if (loaded) {
      return;
    }
    try {
      EventEditable editable = editing.editable(signedIn.accountId(), slug);
      version = editable.version();
      status = editable.status();
      slugChangeable = editable.slugChangeable();
      EventInput v = editable.values();
      title = v.title();
      subtitle = v.subtitle();
      description = v.description();
      newSlug = v.slug();
      series = v.series();
      edition = v.edition();
      start = v.start();
      end = v.end();
      timeZone = v.timeZone();
      venueName = v.venueName();
      venueAddress = v.venueAddress();
      venueMapUrl = v.venueMapUrl();
      attendance = v.attendance();
      streamUrl = v.streamUrl();
      contactEmail = v.contactEmail();
      contentLanguage = v.contentLanguage();
      otherTitle = v.otherTitle();
      otherSubtitle = v.otherSubtitle();
      otherDescription = v.otherDescription();
      organiserName = v.organiserName();
      organiserUrl = v.organiserUrl();
      loaded = true;
    } catch (NotFoundException e) {
      Pages.notFound();
    } catch (AccessDeniedException e) {
      Pages.forbidden();
    }
  }

  public void save() {
    try {
      String saved =
          editing.save(
              signedIn.accountId(),
              slug,
              version,
              new EventInput(
                  title,
                  subtitle,
                  description,
                  newSlug,
                  series,
                  edition,
                  start,
                  end,
                  timeZone,
                  venueName,
                  venueAddress,
                  venueMapUrl,
                  attendance,
                  streamUrl,
                  contactEmail,
                  contentLanguage,
                  otherTitle,
                  otherSubtitle,
                  otherDescription,
                  organiserName,
                  organiserUrl));
      feedback.info("event.saved");
      feedback.keepForNextPage();
      Pages.redirect("/manage/events/" + saved + "/edit");
    } catch (ValidationException e) {
      feedback.show(e, "event");
    } catch (NotFoundException e) {
      Pages.notFound();
    } catch (AccessDeniedException e) {
      Pages.forbidden();
    }
  }

  /** The language of the translation fields, for their legend and {@code lang}. */
  public Language getOtherLanguage() {
    Language primary = contentLanguage == null ? Language.fallback() : contentLanguage;
    return primary == Language.EN ? Language.RO : Language.EN;
  }

  public Language getPrimaryLanguage() {
    return contentLanguage == null ? Language.fallback() : contentLanguage;
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
    return loaded;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSubtitle() {
    return subtitle;
  }

  public void setSubtitle(String subtitle) {
    this.subtitle = subtitle;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }

  public String getSeries() {
    return series;
  }

  public void setSeries(String series) {
    this.series = series;
  }

  public Integer getEdition() {
    return edition;
  }

  public void setEdition(Integer edition) {
    this.edition = edition;
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

  public String getVenueName() {
    return venueName;
  }

  public void setVenueName(String venueName) {
    this.venueName = venueName;
  }

  public String getVenueAddress() {
    return venueAddress;
  }

  public void setVenueAddress(String venueAddress) {
    this.venueAddress = venueAddress;
  }

  public String getVenueMapUrl() {
    return venueMapUrl;
  }

  public void setVenueMapUrl(String venueMapUrl) {
    this.venueMapUrl = venueMapUrl;
  }

  public AttendanceMode getAttendance() {
    return attendance;
  }

  public void setAttendance(AttendanceMode attendance) {
    this.attendance = attendance;
  }

  public String getStreamUrl() {
    return streamUrl;
  }

  public void setStreamUrl(String streamUrl) {
    this.streamUrl = streamUrl;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public Language getContentLanguage() {
    return contentLanguage;
  }

  public void setContentLanguage(Language contentLanguage) {
    this.contentLanguage = contentLanguage;
  }

  public String getOtherTitle() {
    return otherTitle;
  }

  public void setOtherTitle(String otherTitle) {
    this.otherTitle = otherTitle;
  }

  public String getOtherSubtitle() {
    return otherSubtitle;
  }

  public void setOtherSubtitle(String otherSubtitle) {
    this.otherSubtitle = otherSubtitle;
  }

  public String getOtherDescription() {
    return otherDescription;
  }

  public void setOtherDescription(String otherDescription) {
    this.otherDescription = otherDescription;
  }

  public String getOrganiserName() {
    return organiserName;
  }

  public void setOrganiserName(String organiserName) {
    this.organiserName = organiserName;
  }

  public String getOrganiserUrl() {
    return organiserUrl;
  }

  public void setOrganiserUrl(String organiserUrl) {
    this.organiserUrl = organiserUrl;
  }
}
