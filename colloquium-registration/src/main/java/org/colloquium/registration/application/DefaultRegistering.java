package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.api.FormField;
import org.colloquium.registration.api.JoinPass;
import org.colloquium.registration.api.MyRegistration;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.Registering;
import org.colloquium.registration.api.RegistrationAnswers;
import org.colloquium.registration.api.RegistrationOpening;
import org.colloquium.registration.api.RegistrationPage;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.registration.api.RegistrationWindow;
import org.colloquium.registration.api.Ticket;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationRepository;
import org.colloquium.registration.domain.RegistrationSettings;

/** A signed-in person's own registration. */
@ApplicationScoped
@Transactional
public class DefaultRegistering implements Registering {

  @Inject RegistrationRepository repository;
  @Inject EventFactsReader events;
  @Inject AccountDirectory accounts;
  @Inject Transitions transitions;
  @Inject FormAnswering form;
  @Inject Consents consents;
  @Inject Tickets tickets;
  @Inject PersonalData personalData;
  @Inject Clock clock;

  /**
   * An event the person can see, with registration set up; the modes are those set up (not all the
   * event's attendance allows: a hybrid event may register only one way). The account is null only
   * for the page a visitor reads before registering without one.
   */
  private record Context(
      EventFacts event,
      RegistrationSettings settings,
      AccountRecord account,
      List<ParticipationMode> modes,
      List<FormField> fields) {}

  private Context context(Long accountId, String slug) {
    AccountRecord account =
        accounts.find(accountId).orElseThrow(() -> new NotFoundException("account"));
    return context(account, slug);
  }

  /** The context for {@code account}, or for a visitor not signed in when it is null. */
  private Context context(AccountRecord account, String slug) {
    Long viewer = account == null ? null : account.id();
    EventFacts event =
        events.visible(slug, viewer).orElseThrow(() -> new NotFoundException("event " + slug));
    RegistrationSettings settings =
        repository
            .settings(event.id())
            .orElseThrow(() -> new NotFoundException("no registration for " + slug));
    List<ParticipationMode> modes = repository.modes(event.id());
    if (modes.isEmpty()) {
      throw new NotFoundException("no registration for " + slug);
    }
    return new Context(event, settings, account, modes, form.fields(event.id()));
  }

  private Optional<Registration> current(Context c) {
    return repository.active(c.event().id(), c.account().email().value());
  }

  @Override
  public RegistrationPage page(Long accountId, String slug) {
    // A visitor who is not signed in gets the empty form, which asks for an address.
    Context c = accountId == null ? context((AccountRecord) null, slug) : context(accountId, slug);
    AccountRecord account = c.account();
    Instant now = clock.instant();
    MyRegistration mine =
        account == null ? null : current(c).map(r -> view(r, c, now)).orElse(null);
    RegistrationAnswers answers =
        mine != null
            ? mine.answers()
            : new RegistrationAnswers(
                c.modes().get(0),
                account == null ? null : account.fullName(),
                account == null || account.profile() == null
                    ? null
                    : account.profile().affiliation(),
                null,
                null,
                null,
                false);
    return new RegistrationPage(
        c.event().slug(),
        c.event().title(),
        c.event().start(),
        c.event().end(),
        c.event().zone(),
        opening(c, now),
        c.modes(),
        c.settings().moderation(),
        c.settings().changesUntil() != null ? c.settings().changesUntil() : c.settings().closesAt(),
        account == null ? null : account.email().value(),
        answers,
        mine,
        FormAnswering.asked(c.fields()));
  }

  private RegistrationOpening opening(Context c, Instant now) {
    return new RegistrationOpening(
        c.settings().window(now),
        c.settings().opensAt(),
        c.settings().closesAt(),
        c.event().zone(),
        repository.places(c.event().id()),
        c.settings().participantList());
  }

  private MyRegistration view(Registration r, Context c, Instant now) {
    Integer ahead = r.state() == RegistrationState.WAITLISTED ? repository.aheadOf(r) : null;
    return RegistrationViews.mine(r, c.event(), c.settings(), ahead, now);
  }

  @Override
  public MyRegistration register(Long accountId, String slug, RegistrationAnswers answers) {
    Context c = context(accountId, slug);
    Instant now = clock.instant();
    RegistrationAnswers checked = form.check(answers, c.modes(), c.fields(), FormAnswers.NONE);
    if (c.settings().window(now) != RegistrationWindow.OPEN) {
      throw new ConflictException("registration.notOpen", "registration is not open");
    }
    if (current(c).isPresent()) {
      throw new ConflictException("registration.already", "already registered");
    }
    Registration registration =
        new Registration(
            c.event().id(),
            accountId,
            c.account().email().value(),
            checked,
            c.account().preferredLanguage(),
            now);
    transitions.admit(registration, c.settings(), c.event(), accountId, false, true);
    form.store(registration, checked.form(), c.fields());
    consents.record(registration, null);
    repository.flush();
    return view(registration, c, now);
  }

  @Override
  public MyRegistration change(Long accountId, String slug, RegistrationAnswers answers) {
    Context c = context(accountId, slug);
    Instant now = clock.instant();
    Registration registration = mineOrFail(c);
    RegistrationAnswers checked = form.check(answers, c.modes(), c.fields(), registration.form());
    if (!c.settings().changesAllowed(now)) {
      throw new ConflictException("registration.changesClosed", "changes are closed");
    }
    if (checked.mode() != registration.mode()) {
      lockBoth(c.event().id());
      repository.refreshLocked(registration);
      if (registration.state().ended()) {
        throw new ConflictException("registration.changedMeanwhile", "ended meanwhile");
      }
      if (checked.mode() != registration.mode()
          && !transitions.move(registration, checked.mode(), c.settings(), c.event(), accountId)) {
        throw new ValidationException(Problem.of("mode", "registration.mode.full"));
      }
    } else if (!checked.form().choices().equals(registration.form().choices())) {
      // The quota row, then the registration, then the choices: the order of every path that
      // ends a registration and gives its choices back, so that the two never wait in a circle.
      transitions.lockAndRead(registration);
      if (registration.state().ended()) {
        throw new ConflictException("registration.changedMeanwhile", "ended meanwhile");
      }
      checked = form.check(answers, c.modes(), c.fields(), registration.form());
    }
    registration.answer(checked);
    form.store(registration, checked.form(), c.fields());
    consents.record(registration, null);
    repository.flush();
    return view(registration, c, now);
  }

  /** Both modes' rows, in mode order: a switch of mode needs both, and this order everywhere. */
  private void lockBoth(Long eventId) {
    for (ParticipationMode mode : ParticipationMode.values()) {
      repository.lock(eventId, mode);
    }
  }

  @Override
  public void cancel(Long accountId, String slug) {
    Context c = context(accountId, slug);
    Registration registration = mineOrFail(c);
    transitions.lockAndRead(registration);
    if (registration.state().ended()) {
      return;
    }
    transitions.cancel(registration, null, c.settings(), c.event(), accountId, true);
    repository.flush();
  }

  @Override
  public MyRegistration acceptOffer(Long accountId, String slug) {
    Context c = context(accountId, slug);
    Instant now = clock.instant();
    Registration registration = mineOrFail(c);
    transitions.lockAndRead(registration);
    if (registration.state() != RegistrationState.OFFERED) {
      throw new ConflictException("registration.noOffer", "no offer to accept");
    }
    if (registration.offerExpired(now)) {
      throw new ConflictException("registration.offerExpired", "the offer expired");
    }
    transitions.accept(registration, c.event(), accountId);
    repository.flush();
    return view(registration, c, now);
  }

  @Override
  public void declineOffer(Long accountId, String slug) {
    Context c = context(accountId, slug);
    Registration registration = mineOrFail(c);
    transitions.lockAndRead(registration);
    if (registration.state() != RegistrationState.OFFERED) {
      throw new ConflictException("registration.noOffer", "no offer to decline");
    }
    transitions.cancel(registration, "offer declined", c.settings(), c.event(), accountId, true);
    repository.flush();
  }

  @Override
  public List<MyRegistration> mine(Long accountId) {
    Instant now = clock.instant();
    List<MyRegistration> list = new ArrayList<>();
    for (Registration r : repository.activeOf(accountId)) {
      Optional<EventFacts> event = events.visible(slugOf(r), accountId);
      Optional<RegistrationSettings> settings = repository.settings(r.eventId());
      if (event.isPresent() && settings.isPresent()) {
        Integer ahead = r.state() == RegistrationState.WAITLISTED ? repository.aheadOf(r) : null;
        list.add(RegistrationViews.mine(r, event.get(), settings.get(), ahead, now));
      }
    }
    return list;
  }

  /** Reloading the link now and then counts as one joining. */
  private static final Duration JOIN_SPACING = Duration.ofMinutes(5);

  @Override
  public Optional<JoinPass> join(String token) {
    if (token == null || token.isBlank() || token.length() > 64) {
      return Optional.empty();
    }
    Optional<Registration> found = repository.byJoinToken(token).filter(Registration::admitsOnline);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Registration registration = found.get();
    Optional<EventFacts> event = events.byId(registration.eventId(), registration.language());
    if (event.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    repository.joined(registration, now, now.minus(JOIN_SPACING));
    EventFacts e = event.get();
    return Optional.of(
        new JoinPass(e.slug(), e.title(), e.start(), e.end(), e.zone(), e.streamUrl()));
  }

  @Override
  public Optional<Ticket> ticket(Long accountId, String slug) {
    Context c = context(accountId, slug);
    return current(c).filter(Registration::hasTicket).map(tickets::of);
  }

  @Override
  public String myData(Long accountId, String slug) {
    Context c = context(accountId, slug);
    return personalData.json(mineOrFail(c), c.event());
  }

  @Override
  public void deleteMine(Long accountId, String slug) {
    Context c = context(accountId, slug);
    Registration registration = mineOrFail(c);
    transitions.lockAndRead(registration);
    personalData.erase(registration, c.settings(), c.event(), accountId);
    repository.flush();
  }

  private String slugOf(Registration r) {
    return events.slugOf(r.eventId()).orElse("");
  }

  private Registration mineOrFail(Context c) {
    return current(c)
        .orElseThrow(() -> new ConflictException("registration.none", "not registered"));
  }
}
