package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.colloquium.kernel.publicpages.PublicPageSchedule;
import org.colloquium.registration.domain.RegistrationRepository;
import org.colloquium.registration.domain.RegistrationSettings;

/**
 * When event pages change because of registration: it opens or closes, and, while it is open for a
 * mode with limited places, the count of places left, which is shown at most {@link #PLACES_AGE}
 * old. Registering does not touch the public pages' version: in a rush that would throw away the
 * whole page cache with every registration; the registration page itself always counts afresh.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegistrationPublicSchedule implements PublicPageSchedule {

  static final Duration PLACES_AGE = Duration.ofSeconds(30);

  @Inject RegistrationRepository repository;

  @Override
  public Optional<Instant> nextChangeAfter(Instant now) {
    Instant earliest = null;
    for (RegistrationSettings s : repository.notClosedAt(now)) {
      Instant next;
      if (s.opensAt().isAfter(now)) {
        next = s.opensAt();
      } else if (repository.places(s.eventId()).stream().anyMatch(p -> !p.unlimited())) {
        next = now.plus(PLACES_AGE);
      } else {
        next = s.closesAt();
      }
      if (next.isAfter(s.closesAt())) {
        next = s.closesAt();
      }
      if (earliest == null || next.isBefore(earliest)) {
        earliest = next;
      }
    }
    return Optional.ofNullable(earliest);
  }
}
