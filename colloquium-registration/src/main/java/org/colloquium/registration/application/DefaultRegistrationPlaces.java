package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRole;
import org.colloquium.registration.api.ParticipantList;
import org.colloquium.registration.api.Participants;
import org.colloquium.registration.api.RegistrationOpening;
import org.colloquium.registration.api.RegistrationPlaces;
import org.colloquium.registration.domain.RegistrationRepository;

/** The public side: when registration opens and closes, the places left, the participants. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultRegistrationPlaces implements RegistrationPlaces {

  @Inject RegistrationRepository repository;
  @Inject EventFactsReader events;
  @Inject Clock clock;
  @Inject EventDirectory directory;

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
                                repository.places(event.id()),
                                s.participantList())));
  }

  @Override
  public Optional<Participants> participants(String slug, Long viewerId) {
    return events
        .visible(slug, viewerId)
        .flatMap(
            event ->
                repository
                    .settings(event.id())
                    .filter(s -> s.participantList() != ParticipantList.OFF)
                    .map(
                        s -> {
                          boolean readable =
                              s.participantList() == ParticipantList.PUBLIC
                                  || (viewerId != null
                                      && (repository.confirmed(event.id(), viewerId)
                                          || directory
                                              .roles(viewerId, event.id())
                                              .contains(EventRole.ORGANISER)
                                          || directory.isAdministrator(viewerId)));
                          List<Participants.Person> people =
                              readable
                                  ? repository.listed(event.id()).stream()
                                      .map(
                                          r ->
                                              new Participants.Person(
                                                  r.fullName(), r.affiliation()))
                                      .toList()
                                  : List.of();
                          return new Participants(
                              event.slug(), event.title(), s.participantList(), readable, people);
                        }));
  }
}
