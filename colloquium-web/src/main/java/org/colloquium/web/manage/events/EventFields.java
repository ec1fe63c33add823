package org.colloquium.web.manage.events;

import org.colloquium.events.api.EventInput;
import org.colloquium.kernel.i18n.Language;

/**
 * Every detail of an event as the edit form holds it ({@code #{editEvent.form.venueName}}): filled
 * from the service's {@link EventInput} and turned back into one, here and nowhere else, so the
 * bean only holds the actions.
 */
public class EventFields extends EventBasics {

  private static final long serialVersionUID = 1L;

  private String subtitle;
  private String description;
  private String series;
  private Integer edition;
  private String venueName;
  private String venueAddress;
  private String venueMapUrl;
  private String streamUrl;
  private String contactEmail;
  private String otherTitle;
  private String otherSubtitle;
  private String otherDescription;
  private String organiserName;
  private String organiserUrl;

  static EventFields of(EventInput v) {
    EventFields f = new EventFields();
    f.setTitle(v.title());
    f.setSlug(v.slug());
    f.setStart(v.start());
    f.setEnd(v.end());
    f.setTimeZone(v.timeZone());
    f.setAttendance(v.attendance());
    f.setContentLanguage(v.contentLanguage());
    f.subtitle = v.subtitle();
    f.description = v.description();
    f.series = v.series();
    f.edition = v.edition();
    f.venueName = v.venueName();
    f.venueAddress = v.venueAddress();
    f.venueMapUrl = v.venueMapUrl();
    f.streamUrl = v.streamUrl();
    f.contactEmail = v.contactEmail();
    f.otherTitle = v.otherTitle();
    f.otherSubtitle = v.otherSubtitle();
    f.otherDescription = v.otherDescription();
    f.organiserName = v.organiserName();
    f.organiserUrl = v.organiserUrl();
    return f;
  }

  EventInput input() {
    return new EventInput(
        getTitle(),
        subtitle,
        description,
        getSlug(),
        series,
        edition,
        getStart(),
        getEnd(),
        getTimeZone(),
        venueName,
        venueAddress,
        venueMapUrl,
        getAttendance(),
        streamUrl,
        contactEmail,
        getContentLanguage(),
        otherTitle,
        otherSubtitle,
        otherDescription,
        organiserName,
        organiserUrl);
  }

  /** The language of the translation fields, for their legend and {@code lang}. */
  public Language getOtherLanguage() {
    return input().otherLanguage();
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
