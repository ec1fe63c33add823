package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationChanged;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.registration.domain.FormRepository;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationHistory;
import org.colloquium.registration.domain.RegistrationRepository;
import org.colloquium.registration.domain.RegistrationSettings;

/**
 * The one place where a registration changes state, places are counted, the history is written and
 * the mail is queued, all in the caller's transaction. Callers lock before they read: {@link
 * #lockAndRead} takes the mode's quota row first and reads the registration after, so every path
 * locks in the same order.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class Transitions {

  @Inject RegistrationRepository repository;
  @Inject FormRepository forms;
  @Inject RegistrationMails mails;
  @Inject Event<RegistrationChanged> changed;
  @Inject Clock clock;

  /**
   * Locks the registration's mode and reads the registration again under that lock.
   *
   * @throws ConflictException when its mode changed meanwhile (the caller's page is out of date)
   */
  void lockAndRead(Registration registration) {
    ParticipationMode mode = registration.mode();
    repository.lock(registration.eventId(), mode);
    repository.refreshLocked(registration);
    if (registration.mode() != mode) {
      throw new ConflictException("registration.changedMeanwhile", "mode changed meanwhile");
    }
  }

  /**
   * A new registration's first state (stored here), or a pending one's on approval: pending when
   * its mode is moderated (never on approval), confirmed when a place is free and nobody waits,
   * waitlisted otherwise.
   */
  RegistrationState admit(
      Registration registration,
      RegistrationSettings settings,
      EventFacts event,
      Long actorId,
      boolean approving,
      boolean notify) {
    Instant now = clock.instant();
    RegistrationState from;
    if (!approving && settings.approvalNeeded(registration.mode())) {
      from = registration.awaitApproval(now);
    } else if (repository.take(event.id(), registration.mode(), false)) {
      from = registration.confirm(now);
    } else {
      repository.joinWaitingList(event.id(), registration.mode());
      from = registration.waitlist(now, now);
    }
    if (registration.id() == null) {
      repository.add(registration);
    }
    recorded(registration, from, actorId, null, event, notify);
    return registration.state();
  }

  /**
   * A presenting author's new registration (stored here): confirmed as a speaker, outside the
   * places of the mode, whatever the moderation.
   */
  void admitSpeaker(
      Registration registration,
      List<String> titles,
      EventFacts event,
      Long actorId,
      boolean notify) {
    Instant now = clock.instant();
    registration.speak(titles, now);
    RegistrationState from = registration.confirm(now);
    repository.add(registration);
    recorded(registration, from, actorId, "speaker", event, notify);
  }

  /**
   * Makes a registration (locked by the caller) a speaker's: the place it held goes to the next in
   * line, or it leaves the waiting list, and it is confirmed outside the places of its mode.
   */
  void makeSpeaker(
      Registration registration,
      List<String> titles,
      RegistrationSettings settings,
      EventFacts event,
      Long actorId,
      boolean notify) {
    Instant now = clock.instant();
    RegistrationState state = registration.state();
    if (state.holdsPlace()) {
      passOn(event.id(), registration.mode(), settings, event);
    } else if (state == RegistrationState.WAITLISTED) {
      repository.leaveWaitingList(event.id(), registration.mode());
    }
    registration.speak(titles, now);
    if (state != RegistrationState.CONFIRMED) {
      registration.confirm(now);
    }
    recorded(registration, state, actorId, "speaker", event, notify);
  }

  /**
   * Ends a registration (locked by the caller) as cancelled; a place it held goes to the next in
   * line.
   */
  void cancel(
      Registration registration,
      String reason,
      RegistrationSettings settings,
      EventFacts event,
      Long actorId,
      boolean notify) {
    RegistrationState from = registration.cancel(reason, clock.instant());
    giveUp(registration, from, settings, event);
    recorded(registration, from, actorId, reason, event, notify);
  }

  /** Rejects a pending or waiting registration (locked by the caller). */
  void reject(
      Registration registration,
      String reason,
      RegistrationSettings settings,
      EventFacts event,
      Long actorId) {
    RegistrationState from = registration.reject(reason, clock.instant());
    giveUp(registration, from, settings, event);
    recorded(registration, from, actorId, reason, event, true);
  }

  /** Confirms an offered place (the caller checked the offer is still valid). */
  void accept(Registration registration, EventFacts event, Long actorId) {
    RegistrationState from = registration.confirm(clock.instant());
    recorded(registration, from, actorId, null, event, true);
  }

  /**
   * Moves a registration (both modes locked by the caller, in mode order) to another mode: a
   * confirmed one only into a free place, a waiting one keeps its time in the queue, a pending one
   * stays pending where the other mode is moderated too. Nobody moves into a moderated mode without
   * the organisers' approval.
   *
   * @return false when the other mode has no free place for a confirmed registration (nothing
   *     changed)
   */
  boolean move(
      Registration registration,
      ParticipationMode to,
      RegistrationSettings settings,
      EventFacts event,
      Long actorId) {
    Instant now = clock.instant();
    ParticipationMode from = registration.mode();
    RegistrationState state = registration.state();
    if (registration.speaker()) {
      // Outside the places: a speaker moves freely, and stays confirmed.
      registration.moveTo(to, now);
      recorded(registration, state, actorId, from + " → " + to, event, true);
      return true;
    }
    if (state != RegistrationState.PENDING && settings.approvalNeeded(to)) {
      // Taking part the moderated way is the organisers' decision: a switch would bypass it, and
      // giving up a held place for a request that may be refused is not what people expect.
      throw new ValidationException(Problem.of("mode", "registration.mode.moderated"));
    }
    switch (state) {
      case CONFIRMED -> {
        if (!repository.take(event.id(), to, false)) {
          return false;
        }
        registration.moveTo(to, now);
        passOn(event.id(), from, settings, event);
      }
      case WAITLISTED -> {
        repository.leaveWaitingList(event.id(), from);
        registration.moveTo(to, now);
        if (repository.take(event.id(), to, false)) {
          registration.confirm(now);
        } else {
          repository.joinWaitingList(event.id(), to);
        }
      }
      case PENDING -> {
        registration.moveTo(to, now);
        if (!settings.approvalNeeded(to)) {
          if (repository.take(event.id(), to, false)) {
            registration.confirm(now);
          } else {
            repository.joinWaitingList(event.id(), to);
            registration.waitlist(now, now);
          }
        }
      }
      default ->
          throw new ConflictException(
              "registration.mode.notNow", "a registration " + state + " keeps its mode");
    }
    recorded(registration, state, actorId, from + " → " + to, event, true);
    return true;
  }

  /** Ends an offer that ran out (locked by the caller): cancelled, the place goes on. */
  void expire(Registration registration, RegistrationSettings settings, EventFacts event) {
    RegistrationState from = registration.cancel("offer expired", clock.instant());
    giveUp(registration, from, settings, event);
    recorded(registration, from, null, "offer expired", event, true);
  }

  /**
   * Offers places that are free while people wait (after a capacity grew): each to the next in
   * line. The mode's quota row must be locked by the caller.
   */
  void offerFreePlaces(ParticipationMode mode, RegistrationSettings settings, EventFacts event) {
    while (repository.places(event.id()).stream().anyMatch(p -> p.mode() == mode && p.waiting() > 0)
        && repository.take(event.id(), mode, true)) {
      repository.leaveWaitingList(event.id(), mode);
      offerNext(mode, settings, event);
    }
  }

  private void giveUp(
      Registration registration,
      RegistrationState from,
      RegistrationSettings settings,
      EventFacts event) {
    ParticipationMode mode = registration.mode();
    // The choices' places go back whoever held them, speakers too; the answers stay for the record.
    forms.release(registration.form().choices());
    if (registration.speaker()) {
      // A speaker held no place and waited for none.
      return;
    }
    if (from.holdsPlace()) {
      passOn(event.id(), mode, settings, event);
    } else if (from == RegistrationState.WAITLISTED) {
      repository.leaveWaitingList(event.id(), mode);
    }
  }

  /**
   * A place was given up: the first who waits gets it offered (it stays taken, so nobody else can
   * take it first); with nobody waiting it is free again.
   */
  private void passOn(
      Long eventId, ParticipationMode mode, RegistrationSettings settings, EventFacts event) {
    if (repository.leaveWaitingList(eventId, mode)) {
      offerNext(mode, settings, event);
    } else {
      repository.free(eventId, mode);
    }
  }

  /** Offers the place the caller holds for the waiting list to the first who waits. */
  private void offerNext(ParticipationMode mode, RegistrationSettings settings, EventFacts event) {
    Registration next =
        repository
            .firstWaiting(event.id(), mode)
            .orElseThrow(() -> new IllegalStateException("the waiting list's count is wrong"));
    Instant now = clock.instant();
    RegistrationState from = next.offer(settings.offerExpiry(now, event.start()), now);
    recorded(next, from, null, null, event, true);
  }

  private void recorded(
      Registration registration,
      RegistrationState from,
      Long actorId,
      String note,
      EventFacts event,
      boolean notify) {
    repository.add(
        new RegistrationHistory(
            registration.id(),
            from,
            registration.state(),
            registration.mode(),
            actorId,
            clock.instant(),
            note));
    changed.fire(
        new RegistrationChanged(
            registration.id(),
            registration.eventId(),
            registration.accountId(),
            registration.mode(),
            from,
            registration.state()));
    if (notify) {
      mails.stateChanged(registration, from, event);
    }
  }
}
