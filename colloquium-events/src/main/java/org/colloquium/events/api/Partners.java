package org.colloquium.events.api;

import java.util.Optional;

/**
 * The organising institution and the partners of an event, with their logos. Logos are numbered as
 * the public addresses number them: 0 is the organiser, 1, 2, … the partners in order. Every change
 * carries the event version the form was filled from and returns the new one.
 */
public interface Partners {
  PartnersOverview overview(Long actorId, String slug);

  /** Sets the organising institution; a blank form without a logo removes it. */
  int saveOrganiser(Long actorId, String slug, int expectedVersion, InstitutionChange change);

  int addPartner(Long actorId, String slug, int expectedVersion, InstitutionChange change);

  /**
   * @param number 1 for the first partner
   */
  int updatePartner(
      Long actorId, String slug, int expectedVersion, int number, InstitutionChange change);

  int removePartner(Long actorId, String slug, int expectedVersion, int number);

  int movePartner(Long actorId, String slug, int expectedVersion, int number, int delta);

  /** The logo with the given number of an event the viewer may see. */
  Optional<ServedFile> logo(String slug, Long viewerId, int number);
}
