package org.colloquium.registration.api;

/** Organisers set up an event's registration. */
public interface RegistrationSetups {

  RegistrationSetupView setup(Long actorId, String slug);

  /**
   * Saves the settings. A capacity below the places already held is refused; a larger one offers
   * the new places to the waiting list at once.
   */
  void save(Long actorId, String slug, RegistrationSetup setup);
}
