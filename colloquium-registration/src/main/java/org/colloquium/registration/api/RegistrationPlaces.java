package org.colloquium.registration.api;

import java.util.Optional;

/** For the public event page: whether and until when one may register, and the places left. */
public interface RegistrationPlaces {

  /** Empty when the event has no registration (or the visitor cannot see the event). */
  Optional<RegistrationOpening> opening(String slug, Long viewerId);
}
