package org.colloquium.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.colloquium.events.api.CommitteeMemberAdded;
import org.colloquium.events.api.EditionCopy;
import org.colloquium.events.api.EventEditable;
import org.colloquium.events.api.EventEditing;
import org.colloquium.events.api.EventInput;
import org.colloquium.events.api.EventManagement;
import org.colloquium.events.api.EventPublished;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.EventSchedule;
import org.colloquium.events.api.Slug;
import org.colloquium.events.domain.EditionShift;
import org.colloquium.events.domain.Event;
import org.colloquium.events.domain.EventMember;
import org.colloquium.events.domain.EventRepository;
import org.colloquium.events.domain.EventText;
import org.colloquium.events.domain.Institution;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;

/** The module's implementation of {@link EventEditing}. */
@ApplicationScoped
@Transactional
public class DefaultEventEditing implements EventEditing {

  @Inject EventRepository events;
  @Inject EventAccess access;
  @Inject EventManagement management;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<EventCopied> copied;

  /** What happened, for the modules built on events; see the api package. */
  @Inject jakarta.enterprise.event.Event<Object> happened;

  @Override
  public String create(Long actorId, EventInput input) {
    requireMayCreate(actorId);
    List<Problem> problems = new ArrayList<>();
    EventSchedule schedule = EventInputRules.check(input, problems);
    String slug = input.slug() == null ? null : input.slug().strip();
    if (problems.stream().noneMatch(p -> p.field().equals("slug"))
        && events.slugTaken(slug, null)) {
      problems.add(Problem.of("slug", "event.slug.taken", slug));
    }
    ValidationException.throwIfAny(problems);
    Instant now = clock.instant();
    Event event = new Event(new Slug(slug), input.title(), schedule, input.attendance(), now);
    apply(event, input, schedule);
    events.add(event);
    flush("slug", slug);
    events.add(new EventMember(event.id(), actorId, EventRole.ORGANISER, now));
    happened.fire(new CommitteeMemberAdded(event.id(), actorId, EventRole.ORGANISER));
    return slug;
  }

  @Override
  public String copy(Long actorId, EditionCopy request) {
    requireMayCreate(actorId);
    List<Problem> problems = new ArrayList<>();
    if (request.sourceSlug() == null || request.sourceSlug().isBlank()) {
      problems.add(Problem.of("source", "event.copy.sourceRequired"));
      ValidationException.throwIfAny(problems);
    }
    Event source = access.manageable(actorId, request.sourceSlug());
    EventInputRules.checkSlug(request.slug(), "copySlug", problems);
    String slug = request.slug() == null ? null : request.slug().strip();
    if (problems.isEmpty() && events.slugTaken(slug, null)) {
      problems.add(Problem.of("copySlug", "event.slug.taken", slug));
    }
    if (request.shiftAmount() == null
        || !EditionShift.isValid(request.shiftAmount(), request.shiftUnit())) {
      problems.add(Problem.of("shiftAmount", "event.copy.shiftInvalid"));
    }
    ValidationException.throwIfAny(problems);
    Instant now = clock.instant();
    EditionShift shift = new EditionShift(request.shiftAmount(), request.shiftUnit());
    Event copy = source.nextEdition(new Slug(slug), shift, now);
    events.add(copy);
    flush("copySlug", slug);
    events.add(new EventMember(copy.id(), actorId, EventRole.ORGANISER, now));
    happened.fire(new CommitteeMemberAdded(copy.id(), actorId, EventRole.ORGANISER));
    copied.fire(
        new EventCopied(
            source.id(),
            copy.id(),
            Duration.between(source.schedule().start(), copy.schedule().start())));
    return slug;
  }

  @Override
  public EventEditable editable(Long actorId, String slug) {
    Event e = access.manageable(actorId, slug);
    Language other = e.contentLanguage() == Language.EN ? Language.RO : Language.EN;
    EventText translation = e.translation(other).orElse(null);
    var schedule = e.schedule();
    EventInput values =
        new EventInput(
            e.title(),
            e.subtitle(),
            e.description(),
            e.slug().value(),
            e.series(),
            e.edition(),
            schedule.localStart().toLocalDateTime(),
            schedule.localEnd().toLocalDateTime(),
            schedule.zone().getId(),
            e.venueName(),
            e.venueAddress(),
            e.venueMapUrl(),
            e.attendance(),
            e.streamUrl(),
            e.contactEmail(),
            e.contentLanguage(),
            translation == null ? null : translation.title(),
            translation == null ? null : translation.subtitle(),
            translation == null ? null : translation.description(),
            e.organiser() == null ? null : e.organiser().name(),
            e.organiser() == null ? null : e.organiser().url());
    return new EventEditable(values, e.version(), e.status(), e.mayChangeSlug());
  }

  @Override
  public String save(Long actorId, String slug, int version, EventInput input) {
    Event event = access.manageable(actorId, slug);
    if (event.version() != version) {
      throw new ValidationException(Problem.global("event.conflict"));
    }
    List<Problem> problems = new ArrayList<>();
    EventSchedule schedule = EventInputRules.check(input, problems);
    String newSlug = input.slug() == null ? null : input.slug().strip();
    if (problems.stream().noneMatch(p -> p.field().equals("slug"))
        && !newSlug.equals(event.slug().value())) {
      if (!event.mayChangeSlug()) {
        problems.add(Problem.of("slug", "event.slug.fixedOncePublished"));
      } else if (events.slugTaken(newSlug, event.id())) {
        problems.add(Problem.of("slug", "event.slug.taken", newSlug));
      }
    }
    ValidationException.throwIfAny(problems);
    event.changeSlug(new Slug(newSlug));
    event.retitle(input.title());
    apply(event, input, schedule);
    flush("slug", newSlug);
    return newSlug;
  }

  @Override
  public void publish(Long actorId, String slug) {
    Event event = changeStatus(actorId, slug, Event::publish);
    happened.fire(new EventPublished(event.id(), event.slug().value()));
  }

  @Override
  public void archive(Long actorId, String slug) {
    changeStatus(actorId, slug, Event::archive);
  }

  @Override
  public void backToDraft(Long actorId, String slug) {
    changeStatus(actorId, slug, Event::backToDraft);
  }

  private Event changeStatus(Long actorId, String slug, Consumer<Event> change) {
    Event event = access.manageable(actorId, slug);
    try {
      change.accept(event);
    } catch (IllegalStateException e) {
      throw new ValidationException(Problem.global("event.status.notPossible"));
    }
    flush(null, null);
    return event;
  }

  private void apply(Event event, EventInput in, EventSchedule schedule) {
    event.writtenIn(in.contentLanguage());
    event.describe(in.subtitle(), in.description());
    event.reschedule(schedule);
    event.holdAt(in.venueName(), in.venueAddress(), in.attendance());
    event.mappedAt(in.venueMapUrl());
    event.streamedAt(in.streamUrl());
    event.contactAt(
        EventInputRules.present(in.contactEmail())
            ? EmailAddress.parse(in.contactEmail()).orElseThrow()
            : null);
    event.partOfSeries(in.series(), in.edition());
    event.translate(
        in.otherLanguage(),
        EventInputRules.present(in.otherTitle())
            ? new EventText(in.otherTitle(), in.otherSubtitle(), in.otherDescription())
            : null);
    event.organisedBy(
        EventInputRules.present(in.organiserName())
            // The logo is set on the partners page; renaming the organiser here keeps it.
            ? new Institution(
                in.organiserName().strip(),
                blankToNull(in.organiserUrl()),
                event.organiser() == null ? null : event.organiser().logo())
            : null,
        event.partners());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private void requireMayCreate(Long actorId) {
    if (!management.managesAnyEvent(actorId)) {
      throw new AccessDeniedException("only organisers and administrators create events");
    }
  }

  /**
   * Writes now, so that another organiser's save in the meantime, or a slug taken by a parallel
   * request, becomes a message on the form instead of a failed commit.
   */
  private void flush(String slugField, String slug) {
    try {
      events.flush();
    } catch (OptimisticLockException e) {
      throw new ValidationException(Problem.global("event.conflict"));
    } catch (PersistenceException e) {
      if (slugField != null && mentions(e, "event_slug_unique")) {
        throw new ValidationException(Problem.of(slugField, "event.slug.taken", slug));
      }
      throw e;
    }
  }

  private static boolean mentions(Throwable failure, String constraint) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
        return true;
      }
    }
    return false;
  }
}
