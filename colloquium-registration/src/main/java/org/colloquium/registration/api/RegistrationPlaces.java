package org.colloquium.registration.api;

import java.util.Optional;

/**
 * For the public: whether and until when one may register, the places left, and the list of
 * participants.
 */
public interface RegistrationPlaces {

  /** Empty when the event has no registration (or the visitor cannot see the event). */
  Optional<RegistrationOpening> opening(String slug, Long viewerId);

  /**
   * The list of participants, empty when the event has none (or the viewer cannot see the event);
   * with no one on it for a viewer the settings do not let read it.
   */
  Optional<Participants> participants(String slug, Long viewerId);
}
