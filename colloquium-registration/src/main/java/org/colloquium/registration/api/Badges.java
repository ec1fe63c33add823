package org.colloquium.registration.api;

/**
 * Printed badges for the people coming in person: organisers only. Each badge shows the event, the
 * name, the affiliation, the role (speaker, chair, organiser or participant) and the ticket's QR
 * code.
 */
public interface Badges {

  /** A4 sheets of every confirmed in-person registrant's badge, in name order. */
  byte[] sheet(Long actorId, String slug);

  /** One registration's badge, on a sheet of its own; none (404) unless confirmed in person. */
  byte[] one(Long actorId, String slug, Long registrationId);
}
