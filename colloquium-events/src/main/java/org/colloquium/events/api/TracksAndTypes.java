package org.colloquium.events.api;

import org.colloquium.kernel.validation.ValidationException;

/**
 * The organisers' side of an event's tracks (with chairs) and presentation types. Every method
 * checks that the actor manages <em>that</em> event; ids of another event's items are not found.
 */
public interface TracksAndTypes {
  TracksAndTypesOverview overview(Long actorId, String slug);

  void addTrack(Long actorId, String slug, TrackChange change);

  /**
   * @param expectedVersion the version the organiser's form was filled from
   * @throws ValidationException with materials.conflict if someone saved the track meanwhile
   */
  void updateTrack(
      Long actorId, String slug, Long trackId, int expectedVersion, TrackChange change);

  void removeTrack(Long actorId, String slug, Long trackId);

  void moveTrack(Long actorId, String slug, Long trackId, int delta);

  void addType(Long actorId, String slug, PresentationTypeChange change);

  void updateType(
      Long actorId, String slug, Long typeId, int expectedVersion, PresentationTypeChange change);

  void removeType(Long actorId, String slug, Long typeId);

  void moveType(Long actorId, String slug, Long typeId, int delta);
}
