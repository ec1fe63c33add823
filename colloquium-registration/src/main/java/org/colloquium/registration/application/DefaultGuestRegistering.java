package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.limits.api.ClientForm;
import org.colloquium.kernel.limits.api.ClientLimits;
import org.colloquium.kernel.limits.api.MailQuotas;
import org.colloquium.kernel.secrets.HashedSecret;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.api.FormField;
import org.colloquium.registration.api.GuestRegistering;
import org.colloquium.registration.api.MyRegistration;
import org.colloquium.registration.api.RegistrationAnswers;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.registration.api.RegistrationWindow;
import org.colloquium.registration.api.Ticket;
import org.colloquium.registration.domain.FormRules;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationRepository;
import org.colloquium.registration.domain.RegistrationRequest;
import org.colloquium.registration.domain.RegistrationSettings;

/** Registrations of people without an account, and the manage links of every registration. */
@ApplicationScoped
@Transactional
public class DefaultGuestRegistering implements GuestRegistering {

  @Inject RegistrationRepository repository;
  @Inject EventFactsReader events;
  @Inject AccountDirectory accounts;
  @Inject ClientLimits clientLimits;
  @Inject MailQuotas quotas;
  @Inject RegistrationMails mails;
  @Inject Transitions transitions;
  @Inject FormAnswering form;
  @Inject Consents consents;
  @Inject Tickets tickets;
  @Inject PersonalData personalData;
  @Inject Clock clock;

  @Override
  public void request(
      String slug, String email, RegistrationAnswers answers, Language language, String client) {
    EventFacts event =
        events.visible(slug, null).orElseThrow(() -> new NotFoundException("event " + slug));
    RegistrationSettings settings =
        repository
            .settings(event.id())
            .orElseThrow(() -> new NotFoundException("no registration for " + slug));
    List<Problem> problems = new ArrayList<>();
    Optional<EmailAddress> address = EmailAddress.parse(email);
    if (address.isEmpty()) {
      problems.add(
          Problem.of(
              "email",
              email == null || email.isBlank()
                  ? "registration.email.required"
                  : "registration.email.invalid"));
    }
    RegistrationAnswers checked = null;
    try {
      checked =
          form.check(
              answers, repository.modes(event.id()), form.fields(event.id()), FormAnswers.NONE);
    } catch (ValidationException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Instant now = clock.instant();
    if (settings.window(now) != RegistrationWindow.OPEN) {
      throw new ConflictException("registration.notOpen", "registration is not open");
    }
    clientLimits.admit(ClientForm.REGISTRATION, client);
    HashedSecret secret = HashedSecret.random("");
    repository.add(
        new RegistrationRequest(
            event.id(), address.get().value(), checked, language, secret.hash(), now));
    // At most a few link mails to one address in a while, whoever asks: the form cannot be used
    // to flood someone's mailbox. The page answers the same either way.
    if (quotas.takeLinkMail(address.get())) {
      mails.confirmAddress(address.get(), checked.fullName(), language, event, secret.secret());
    }
  }

  @Override
  public Confirmation confirm(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Confirmation.of(Outcome.UNKNOWN, null);
    }
    Optional<RegistrationRequest> found = repository.requestByHash(HashedSecret.hashOf(token));
    if (found.isEmpty()) {
      return Confirmation.of(Outcome.UNKNOWN, null);
    }
    RegistrationRequest request = found.get();
    Optional<EventFacts> read = events.byId(request.eventId(), request.language());
    Optional<RegistrationSettings> setUp = repository.settings(request.eventId());
    if (read.isEmpty() || setUp.isEmpty()) {
      return Confirmation.of(Outcome.UNKNOWN, null);
    }
    EventFacts event = read.get();
    RegistrationSettings settings = setUp.get();
    Instant now = clock.instant();
    Optional<Registration> existing = repository.active(event.id(), request.email());
    if (request.used()) {
      return existing
          .map(r -> confirmation(Outcome.ALREADY_USED, r, event, settings, now))
          .orElse(Confirmation.of(Outcome.ALREADY_USED, event.slug()));
    }
    if (request.expired(now)) {
      return Confirmation.of(Outcome.EXPIRED, event.slug());
    }
    if (settings.window(now) != RegistrationWindow.OPEN
        || !repository.modes(event.id()).contains(request.answers().mode())) {
      return Confirmation.of(Outcome.CLOSED, event.slug());
    }
    request.use(now);
    if (existing.isPresent()) {
      return Confirmation.of(Outcome.ALREADY_REGISTERED, event.slug());
    }
    EmailAddress address = EmailAddress.parse(request.email()).orElseThrow();
    Optional<AccountRecord> account = accounts.findByEmail(address);
    Registration registration =
        new Registration(
            event.id(),
            account.map(AccountRecord::id).orElse(null),
            request.email(),
            request.answers(),
            request.language(),
            now);
    transitions.admit(registration, settings, event, null, false, true);
    // Checked when asked; the form may have changed since: what no longer fits is left out.
    List<FormField> fields = form.fields(event.id());
    FormAnswers wanted =
        FormRules.check(request.answers().form(), fields, FormAnswers.NONE, new ArrayList<>());
    List<String> left =
        form.storeWhatFits(registration, wanted, fields).stream()
            .map(c -> c.label(request.language()))
            .toList();
    consents.record(registration, null);
    repository.flush();
    if (account.isEmpty()) {
      mails.accountInvitation(registration, event);
    }
    Confirmation done = confirmation(Outcome.REGISTERED, registration, event, settings, now);
    return new Confirmation(
        done.outcome(), done.eventSlug(), done.registration(), done.manageToken(), left);
  }

  private Confirmation confirmation(
      Outcome outcome,
      Registration registration,
      EventFacts event,
      RegistrationSettings settings,
      Instant now) {
    return new Confirmation(
        outcome,
        event.slug(),
        view(registration, event, settings, now),
        registration.manageToken(),
        List.of());
  }

  private MyRegistration view(
      Registration r, EventFacts event, RegistrationSettings settings, Instant now) {
    Integer ahead = r.state() == RegistrationState.WAITLISTED ? repository.aheadOf(r) : null;
    return RegistrationViews.mine(r, event, settings, ahead, now);
  }

  /** A registration, its event and settings, read through a manage link. */
  private record Linked(
      Registration registration, EventFacts event, RegistrationSettings settings) {}

  private Optional<Linked> linked(String token) {
    if (token == null || token.isBlank() || token.length() > 64) {
      return Optional.empty();
    }
    return repository
        .byManageToken(token)
        .flatMap(
            r ->
                events
                    .byId(r.eventId(), r.language())
                    .flatMap(e -> repository.settings(e.id()).map(s -> new Linked(r, e, s))));
  }

  private Linked linkedOrFail(String token) {
    return linked(token).orElseThrow(() -> new NotFoundException("no registration for the link"));
  }

  @Override
  public Optional<MyRegistration> byLink(String token) {
    Instant now = clock.instant();
    return linked(token).map(l -> view(l.registration(), l.event(), l.settings(), now));
  }

  @Override
  public MyRegistration cancelByLink(String token) {
    Linked l = linkedOrFail(token);
    transitions.lockAndRead(l.registration());
    if (!l.registration().state().ended()) {
      transitions.cancel(l.registration(), null, l.settings(), l.event(), null, true);
      repository.flush();
    }
    return view(l.registration(), l.event(), l.settings(), clock.instant());
  }

  @Override
  public MyRegistration acceptOfferByLink(String token) {
    Linked l = linkedOrFail(token);
    Instant now = clock.instant();
    transitions.lockAndRead(l.registration());
    if (l.registration().state() != RegistrationState.OFFERED) {
      throw new ConflictException("registration.noOffer", "no offer to accept");
    }
    if (l.registration().offerExpired(now)) {
      throw new ConflictException("registration.offerExpired", "the offer expired");
    }
    transitions.accept(l.registration(), l.event(), null);
    repository.flush();
    return view(l.registration(), l.event(), l.settings(), now);
  }

  @Override
  public MyRegistration declineOfferByLink(String token) {
    Linked l = linkedOrFail(token);
    transitions.lockAndRead(l.registration());
    if (l.registration().state() != RegistrationState.OFFERED) {
      throw new ConflictException("registration.noOffer", "no offer to decline");
    }
    transitions.cancel(l.registration(), "offer declined", l.settings(), l.event(), null, true);
    repository.flush();
    return view(l.registration(), l.event(), l.settings(), clock.instant());
  }

  @Override
  public Optional<Ticket> ticketByLink(String token) {
    return linked(token).map(Linked::registration).filter(Registration::hasTicket).map(tickets::of);
  }

  @Override
  public String dataByLink(String token) {
    Linked l = linkedOrFail(token);
    return personalData.json(l.registration(), l.event());
  }

  @Override
  public void deleteByLink(String token) {
    Linked l = linkedOrFail(token);
    transitions.lockAndRead(l.registration());
    personalData.erase(l.registration(), l.settings(), l.event(), null);
    repository.flush();
  }
}
