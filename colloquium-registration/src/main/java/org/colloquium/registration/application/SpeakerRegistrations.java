package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.api.Presenters;
import org.colloquium.events.api.Presenters.Presenter;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationAnswers;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationRepository;
import org.colloquium.registration.domain.RegistrationSettings;

/**
 * Presenting authors registered as speakers: a new registration for those not registered (in person
 * where the event offers it, online otherwise, with a mail asking them to confirm or change the
 * mode), and an existing one made a speaker's (its place, or its turn on the waiting list, goes to
 * the others). Speakers are outside the places of their mode. Nobody is mailed once the event is
 * over (an organiser registering the speakers of a past event, for their certificates).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class SpeakerRegistrations {

  @Inject RegistrationRepository repository;
  @Inject Transitions transitions;
  @Inject Consents consents;
  @Inject AccountDirectory accounts;
  @Inject @Any Instance<Presenters> presenters;
  @Inject Clock clock;

  /** What one presenter needs: a new registration, a registration made a speaker's, or titles. */
  private record Work(Presenter presenter, EmailAddress address, Registration existing) {}

  /**
   * @return how many registrations were made or made speakers' now
   */
  int register(EventFacts event, RegistrationSettings settings, Long actorId) {
    List<ParticipationMode> modes = repository.modes(event.id());
    if (modes.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    List<Work> work = new ArrayList<>();
    for (Presenters source : presenters) {
      for (Presenter p : source.of(event.id())) {
        Optional<EmailAddress> address = EmailAddress.parse(p.email());
        if (address.isEmpty()) {
          continue;
        }
        String email = address.get().value();
        Registration existing = repository.active(event.id(), email).orElse(null);
        if (existing == null && repository.gaveUp(event.id(), email)) {
          // Cancelled, rejected or deleted: the person said no; the organisers may still add them.
          continue;
        }
        if (existing == null || !existing.speaker()) {
          work.add(new Work(p, address.get(), existing));
        } else if (!existing.speakerTitles().equals(p.titles())) {
          existing.speak(p.titles(), now);
        }
      }
    }
    if (work.isEmpty()) {
      repository.flush();
      return 0;
    }
    // Every mode's quota row, in the order every path locks them, before any registration is
    // read again: a speaker's place is given up under the same locks as any other.
    for (ParticipationMode mode : ParticipationMode.values()) {
      repository.lock(event.id(), mode);
    }
    // Every registration read again under the locks before any is changed: a change made to one
    // (a place handed on to the next in line, who may be a presenter too) stays in memory, and a
    // refresh after it would throw it away.
    repository.flush();
    for (Work w : work) {
      if (w.existing() != null) {
        repository.refreshLocked(w.existing());
      }
    }
    ParticipationMode preferred =
        modes.contains(ParticipationMode.IN_PERSON) ? ParticipationMode.IN_PERSON : modes.get(0);
    boolean notify = event.end() == null || now.isBefore(event.end());
    int made = 0;
    for (Work w : work) {
      Registration r = w.existing();
      if (r != null) {
        if (r.state().ended() || r.speaker()) {
          continue;
        }
        transitions.makeSpeaker(r, w.presenter().titles(), settings, event, actorId, notify);
      } else {
        Optional<AccountRecord> account = accounts.findByEmail(w.address());
        Language language = account.map(AccountRecord::preferredLanguage).orElse(event.language());
        RegistrationAnswers answers =
            new RegistrationAnswers(
                preferred,
                w.presenter().fullName(),
                w.presenter().affiliation(),
                null,
                null,
                null,
                false);
        Registration registration =
            new Registration(
                event.id(),
                account.map(AccountRecord::id).orElse(null),
                w.address().value(),
                answers,
                language,
                now);
        transitions.admitSpeaker(registration, w.presenter().titles(), event, actorId, notify);
        consents.record(registration, actorId);
      }
      made++;
    }
    // Someone registering by themselves at this moment: the unique active address refuses one of
    // the two, and the next run finds them registered.
    if (!repository.flushUnlessDuplicate()) {
      throw new ConflictException("registration.speakers.meanwhile", "registered meanwhile");
    }
    return made;
  }
}
