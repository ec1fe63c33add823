package org.colloquium.registration.application;

import java.time.Instant;
import org.colloquium.registration.api.MyRegistration;
import org.colloquium.registration.api.RegistrantRow;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationSettings;

/** Registrations as the face hands them out. */
final class RegistrationViews {

  private RegistrationViews() {}

  static MyRegistration mine(
      Registration r, EventFacts event, RegistrationSettings settings, Integer ahead, Instant now) {
    return new MyRegistration(
        r.id(),
        event.slug(),
        event.title(),
        r.email(),
        r.state(),
        r.answers(),
        r.state() == RegistrationState.WAITLISTED ? ahead : null,
        r.offerExpiresAt(),
        r.createdAt(),
        !r.state().ended() && settings.changesAllowed(now),
        r.reason(),
        r.admitsOnline() ? r.joinToken() : null);
  }

  static RegistrantRow row(Registration r) {
    var a = r.answers();
    return new RegistrantRow(
        r.id(),
        a.fullName(),
        r.email(),
        a.affiliation(),
        a.academicStatus(),
        r.mode(),
        r.state(),
        a.dietaryNeeds(),
        a.accessibilityNeeds(),
        a.listed(),
        r.createdAt(),
        r.offerExpiresAt(),
        r.reason(),
        r.speaker(),
        r.form());
  }
}
