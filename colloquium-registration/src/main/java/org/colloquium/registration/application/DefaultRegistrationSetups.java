package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.Moderation;
import org.colloquium.registration.api.ParticipantList;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.Places;
import org.colloquium.registration.api.RegistrationSetup;
import org.colloquium.registration.api.RegistrationSetupView;
import org.colloquium.registration.api.RegistrationSetups;
import org.colloquium.registration.domain.RegistrationRepository;
import org.colloquium.registration.domain.RegistrationRules;
import org.colloquium.registration.domain.RegistrationSettings;

/** Organisers set up registration: when, which modes with how many places, moderation, offers. */
@ApplicationScoped
@Transactional
public class DefaultRegistrationSetups implements RegistrationSetups {

  @Inject RegistrationRepository repository;
  @Inject EventFactsReader events;
  @Inject Transitions transitions;

  @Override
  public RegistrationSetupView setup(Long actorId, String slug) {
    EventFacts event = events.manageable(actorId, slug);
    Optional<RegistrationSettings> settings = repository.settings(event.id());
    List<Places> places = repository.places(event.id());
    RegistrationSetup setup =
        settings.map(s -> setupOf(s, places, event.zone())).orElseGet(() -> proposal(event));
    return new RegistrationSetupView(
        event.slug(),
        event.title(),
        event.zone(),
        event.attendance(),
        settings.isPresent(),
        setup,
        places);
  }

  private static RegistrationSetup setupOf(
      RegistrationSettings s, List<Places> places, ZoneId zone) {
    Optional<Places> inPerson = of(places, ParticipationMode.IN_PERSON);
    Optional<Places> online = of(places, ParticipationMode.ONLINE);
    return new RegistrationSetup(
        local(s.opensAt(), zone),
        local(s.closesAt(), zone),
        inPerson.isPresent(),
        inPerson.map(Places::capacity).orElse(null),
        online.isPresent(),
        online.map(Places::capacity).orElse(null),
        s.moderation(),
        s.offerHours(),
        s.changesUntil() == null ? null : local(s.changesUntil(), zone),
        s.participantList());
  }

  /** What a centre would start from: open now, close when the event starts, the event's modes. */
  private static RegistrationSetup proposal(EventFacts event) {
    List<ParticipationMode> modes = event.modes();
    LocalDateTime closes = event.start() == null ? null : local(event.start(), event.zone());
    return new RegistrationSetup(
        null,
        closes,
        modes.contains(ParticipationMode.IN_PERSON),
        null,
        modes.contains(ParticipationMode.ONLINE),
        null,
        Moderation.NONE,
        RegistrationSetup.DEFAULT_OFFER_HOURS,
        null,
        ParticipantList.OFF);
  }

  private static Optional<Places> of(List<Places> places, ParticipationMode mode) {
    return places.stream().filter(p -> p.mode() == mode).findFirst();
  }

  private static LocalDateTime local(Instant instant, ZoneId zone) {
    return LocalDateTime.ofInstant(instant, zone);
  }

  private static Instant instant(LocalDateTime local, ZoneId zone) {
    return local == null ? null : local.atZone(zone).toInstant();
  }

  @Override
  public void save(Long actorId, String slug, RegistrationSetup setup) {
    EventFacts event = events.manageable(actorId, slug);
    ZoneId zone = event.zone();
    Instant opens = instant(setup.opensAt(), zone);
    Instant closes = instant(setup.closesAt(), zone);
    Instant changes = instant(setup.changesUntil(), zone);
    List<ParticipationMode> offered = event.modes();
    boolean inPerson = setup.inPerson() && offered.contains(ParticipationMode.IN_PERSON);
    boolean online = setup.online() && offered.contains(ParticipationMode.ONLINE);
    List<Problem> problems =
        new ArrayList<>(
            RegistrationRules.setup(
                opens,
                closes,
                changes,
                inPerson,
                setup.inPersonCapacity(),
                online,
                setup.onlineCapacity(),
                setup.offerHours()));
    if (setup.moderation() == null) {
      problems.add(Problem.of("moderation", "registration.setup.moderation.required"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Optional<RegistrationSettings> existing = repository.settings(event.id());
    RegistrationSettings settings = existing.orElseGet(() -> new RegistrationSettings(event.id()));
    settings.change(opens, closes, setup.moderation(), setup.offerHours(), changes);
    settings.listParticipants(
        setup.participantList() == null ? ParticipantList.OFF : setup.participantList());
    if (existing.isEmpty()) {
      repository.add(settings);
    }
    places(event, settings, ParticipationMode.IN_PERSON, inPerson, setup.inPersonCapacity());
    places(event, settings, ParticipationMode.ONLINE, online, setup.onlineCapacity());
  }

  /** Adds, changes or removes one mode's places; a larger capacity goes to those waiting. */
  private void places(
      EventFacts event,
      RegistrationSettings settings,
      ParticipationMode mode,
      boolean offered,
      Integer capacity) {
    String field = mode == ParticipationMode.IN_PERSON ? "inPersonCapacity" : "onlineCapacity";
    boolean exists = repository.lock(event.id(), mode);
    if (!offered) {
      if (exists
          && (repository.activeIn(event.id(), mode) > 0
              || !repository.removeQuota(event.id(), mode))) {
        throw new ValidationException(
            Problem.of(
                mode == ParticipationMode.IN_PERSON ? "inPerson" : "online",
                "registration.setup.modeInUse"));
      }
      return;
    }
    if (!exists) {
      repository.addQuota(event.id(), mode, capacity);
      return;
    }
    if (!repository.capacity(event.id(), mode, capacity)) {
      int taken =
          repository.places(event.id()).stream()
              .filter(p -> p.mode() == mode)
              .mapToInt(Places::taken)
              .sum();
      throw new ValidationException(Problem.of(field, "registration.setup.belowTaken", taken));
    }
    transitions.offerFreePlaces(mode, settings, event);
  }
}
