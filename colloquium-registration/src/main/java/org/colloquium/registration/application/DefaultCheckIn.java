package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.registration.api.AnswerLine;
import org.colloquium.registration.api.CheckIn;
import org.colloquium.registration.api.FormField;
import org.colloquium.registration.api.RegistrationAnswers;
import org.colloquium.registration.domain.FormRepository;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationRepository;

/** The door's service: every call checks that the actor may check people in at this event. */
@ApplicationScoped
@Transactional
public class DefaultCheckIn implements CheckIn {

  private static final int MAX_FOUND = 20;

  @Inject RegistrationRepository repository;
  @Inject EventFactsReader events;
  @Inject FormRepository forms;
  @Inject Clock clock;

  private EventFacts door(Long actorId, String slug) {
    EventFacts event = events.door(actorId, slug);
    repository
        .settings(event.id())
        .orElseThrow(() -> new NotFoundException("no registration for " + slug));
    return event;
  }

  @Override
  public Desk desk(Long actorId, String slug) {
    EventFacts event = door(actorId, slug);
    long[] counts = repository.doorCounts(event.id());
    return new Desk(event.slug(), event.title(), event.zone(), counts[0], counts[1]);
  }

  @Override
  public List<Person> search(Long actorId, String slug, String query) {
    EventFacts event = door(actorId, slug);
    if (query == null || query.isBlank() || query.length() > 200) {
      return List.of();
    }
    List<FormField> fields = forms.views(event.id(), false);
    return repository.atTheDoor(event.id(), query, MAX_FOUND).stream()
        .map(r -> person(r, fields))
        .toList();
  }

  @Override
  public Result byTicket(Long actorId, String slug, String code) {
    EventFacts event = door(actorId, slug);
    OptionalLong id =
        repository.ticketKey(event.id(), clock.instant()).signer().verify(code, event.id());
    if (id.isEmpty()) {
      return new Result(Outcome.UNKNOWN, null, event.zone());
    }
    return checkIn(actorId, event, repository.find(id.getAsLong()));
  }

  @Override
  public Result byRegistration(Long actorId, String slug, Long registrationId) {
    EventFacts event = door(actorId, slug);
    return checkIn(actorId, event, repository.find(registrationId));
  }

  private Result checkIn(Long actorId, EventFacts event, Optional<Registration> found) {
    Optional<Registration> registration = found.filter(r -> r.eventId().equals(event.id()));
    if (registration.isEmpty()) {
      return new Result(Outcome.UNKNOWN, null, event.zone());
    }
    Registration r = registration.get();
    if (!r.hasTicket()) {
      return new Result(
          Outcome.NOT_ADMITTED, person(r, forms.views(event.id(), false)), event.zone());
    }
    boolean now = repository.checkIn(r.id(), actorId, clock.instant());
    repository.reread(r);
    if (!now && r.checkedInAt() == null) {
      // Its state changed between the read and the update (cancelled at that very moment).
      return new Result(
          Outcome.NOT_ADMITTED, person(r, forms.views(event.id(), false)), event.zone());
    }
    return new Result(
        now ? Outcome.CHECKED_IN : Outcome.ALREADY,
        person(r, forms.views(event.id(), false)),
        event.zone());
  }

  @Override
  public DoorKey doorKey(Long actorId, String slug) {
    EventFacts event = door(actorId, slug);
    return new DoorKey(event.id(), repository.ticketKey(event.id(), clock.instant()).publicKey());
  }

  private static Person person(Registration r, List<FormField> fields) {
    var a = r.answers();
    return new Person(
        r.id(),
        a.fullName(),
        a.affiliation(),
        r.mode(),
        r.state(),
        a.dietaryNeeds(),
        a.accessibilityNeeds(),
        r.checkedInAt(),
        notes(fields, a));
  }

  /** The answers marked for the door, in every language: the helper's page picks its own. */
  private static Map<Language, List<AnswerLine>> notes(
      List<FormField> fields, RegistrationAnswers a) {
    Map<Language, List<AnswerLine>> notes = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      notes.put(language, AnswerLine.of(fields, a.form(), language, FormField::showAtCheckIn));
    }
    return notes;
  }
}
