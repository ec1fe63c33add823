package org.colloquium.web.routing;

/** Who may open a page. Every route names one; there is no default. */
public enum Access {
  /** Anyone, signed in or not. */
  PUBLIC,
  /** Anyone signed in (authors and attendees need nothing more). */
  SIGNED_IN,
  /** Organisers of at least one event, and platform administrators. */
  ANY_ORGANISER,
  /** Organisers of the event named by the route's {@code slug}, and platform administrators. */
  EVENT_ORGANISER,
  /** Platform administrators. */
  ADMINISTRATOR
}
