package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.colloquium.registration.api.RegistrationOpening;
import org.colloquium.registration.api.RegistrationPlaces;
import org.colloquium.registration.domain.RegistrationRepository;

/** The public side: when registration opens and closes, and the places left. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultRegistrationPlaces implements RegistrationPlaces {

  @Inject RegistrationRepository repository;
  @Inject EventFactsReader events;
  @Inject Clock clock;

  @Override
  public Optional<RegistrationOpening> opening(String slug, Long viewerId) {
    return events
        .visible(slug, viewerId)
        .flatMap(
            event ->
                repository
                    .settings(event.id())
                    .map(
                        s ->
                            new RegistrationOpening(
                                s.window(clock.instant()),
                                s.opensAt(),
                                s.closesAt(),
                                event.zone(),
                                repository.places(event.id()))));
  }
}
