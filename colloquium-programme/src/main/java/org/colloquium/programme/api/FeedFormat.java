package org.colloquium.programme.api;

/** The programme's machine-readable forms, each with the type it is served as. */
public enum FeedFormat {
  /** iCalendar (RFC 5545) of the whole programme: calendar apps subscribe to it. */
  ICALENDAR("text/calendar; charset=UTF-8"),
  /** frab's schedule.xml, which conference apps (Giggity, ConfClerk) and recording tools read. */
  FRAB_XML("application/xml; charset=UTF-8"),
  /** frab's schedule.json, the same as JSON. */
  FRAB_JSON("application/json; charset=UTF-8"),
  /** Atom (RFC 4287) of the releases with their changelogs. */
  RELEASES_ATOM("application/atom+xml; charset=UTF-8");

  private final String contentType;

  FeedFormat(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }
}
