package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquium.events.api.Presenters;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.mail.api.Outbox;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.CertificateCode;
import org.colloquium.registration.api.CertificateKind;
import org.colloquium.registration.api.CertificateOverview;
import org.colloquium.registration.api.CertificateView;
import org.colloquium.registration.api.Certificates;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.domain.Certificate;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationRepository;
import org.colloquium.registration.domain.RegistrationSettings;
import org.colloquium.registration.domain.print.CertificateDocument;
import org.colloquium.registration.domain.print.CertificatePdf;

/** Certificates of attendance: issued and mailed by organisers, verified by anyone. */
@ApplicationScoped
@Transactional
public class DefaultCertificates implements Certificates {

  static final String TEMPLATE = "registration-certificate";

  private static final BigDecimal MIN_HOURS = new BigDecimal("0.5");
  private static final BigDecimal MAX_HOURS = new BigDecimal("999.5");

  @Inject RegistrationRepository repository;
  @Inject EventFactsReader events;
  @Inject Outbox outbox;
  @Inject Settings settings;
  @Inject Clock clock;
  @Inject @Any Instance<Presenters> presenters;

  @Override
  public CertificateOverview overview(Long actorId, String slug) {
    EventFacts event = events.manageable(actorId, slug);
    List<Registration> attended = repository.attended(event.id());
    List<Registration> speakers = presenting(event.id(), attended);
    List<Certificate> issued = repository.certificates(event.id());
    Set<String> certified =
        issued.stream().map(DefaultCertificates::key).collect(Collectors.toSet());
    int inPerson =
        (int) attended.stream().filter(r -> r.mode() == ParticipationMode.IN_PERSON).count();
    BigDecimal hours = hours(event.id());
    return new CertificateOverview(
        event.slug(),
        event.title(),
        end(event),
        event.zone(),
        ended(event),
        inPerson,
        attended.size() - inPerson,
        speakers.size(),
        (int)
            (attended.stream()
                    .filter(r -> !certified.contains(key(r, CertificateKind.ATTENDANCE)))
                    .count()
                + speakers.stream()
                    .filter(r -> !certified.contains(key(r, CertificateKind.PRESENTATION)))
                    .count()),
        (int) issued.stream().filter(c -> c.mailedAt() == null).count(),
        hours,
        issued.stream().map(c -> view(c, event, hours)).toList());
  }

  @Override
  public int issue(Long actorId, String slug, BigDecimal hours) {
    EventFacts event = events.manageable(actorId, slug);
    if (hours != null
        && (hours.scale() > 1
            || hours.compareTo(MIN_HOURS) < 0
            || hours.compareTo(MAX_HOURS) > 0)) {
      throw new ValidationException(Problem.of("hours", "registration.certificates.hours.range"));
    }
    if (!ended(event)) {
      throw new ConflictException("registration.certificates.notEnded", "before the event ends");
    }
    RegistrationSettings setup =
        repository
            .settings(event.id())
            .orElseThrow(
                () -> new ConflictException("registration.certificates.noRegistration", slug));
    setup.certificateHours(hours);
    Set<String> certified = new HashSet<>();
    repository.certificates(event.id()).forEach(c -> certified.add(key(c)));
    Instant now = clock.instant();
    int made = 0;
    List<Registration> attended = repository.attended(event.id());
    for (Registration r : attended) {
      if (certified.add(key(r, CertificateKind.ATTENDANCE))) {
        repository.add(Certificate.ofAttendance(r, now));
        made++;
      }
    }
    for (Registration r : presenting(event.id(), attended)) {
      if (certified.add(key(r, CertificateKind.PRESENTATION))) {
        repository.add(Certificate.ofPresentation(r, now));
        made++;
      }
    }
    // Two issuings at once: the unique (registration, kind) refuses the second's rows, whose
    // transaction is rolled back and read as a conflict; the first's certificates stand.
    if (!repository.flushUnlessDuplicate()) {
      throw new ConflictException("registration.certificates.issuedMeanwhile", "meanwhile");
    }
    return made;
  }

  @Override
  public int send(Long actorId, String slug) {
    EventFacts event = events.manageable(actorId, slug);
    Map<Long, Registration> registrations =
        repository.of(event.id(), null, null).stream()
            .collect(Collectors.toMap(Registration::id, Function.identity()));
    Map<Language, EventFacts> titled = new EnumMap<>(Language.class);
    Instant now = clock.instant();
    int queued = 0;
    for (Certificate c : repository.certificates(event.id())) {
      Registration r = registrations.get(c.registrationId());
      if (c.mailedAt() != null || r == null || r.anonymised()) {
        continue;
      }
      Optional<EmailAddress> address = EmailAddress.parse(r.email());
      // The row count decides who sends: a sending running at the same time skips this one.
      if (address.isEmpty() || !repository.markMailed(c.id(), now)) {
        continue;
      }
      Language language = r.language();
      EventFacts inLanguage =
          titled.computeIfAbsent(language, l -> events.byId(event.id(), l).orElse(event));
      Map<String, String> values = new HashMap<>();
      values.put("eventTitle", inLanguage.title());
      values.put("certificateLink", link(c.code()));
      values.put("code", CertificateCode.printed(c.code()));
      values.put(
          "certificateKind",
          ResourceBundle.getBundle(RegistrationMails.LABELS, language.locale())
              .getString("certificate." + c.kind()));
      outbox.enqueue(TEMPLATE, address.get(), r.fullName(), language, values);
      queued++;
    }
    return queued;
  }

  @Override
  public Optional<CertificateView> verify(String code, Language language) {
    return CertificateCode.normalise(code)
        .flatMap(repository::certificate)
        .flatMap(c -> events.byId(c.eventId(), language).map(e -> view(c, e, hours(c.eventId()))));
  }

  @Override
  public Optional<byte[]> pdf(String code) {
    Optional<Certificate> found = CertificateCode.normalise(code).flatMap(repository::certificate);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Certificate c = found.get();
    Optional<EventFacts> en = events.byId(c.eventId(), Language.EN);
    Optional<EventFacts> ro = events.byId(c.eventId(), Language.RO);
    if (en.isEmpty() || ro.isEmpty()) {
      return Optional.empty();
    }
    EventFacts event = en.get();
    return Optional.of(
        CertificatePdf.render(
            new CertificateDocument(
                c.kind(),
                c.titles(),
                CertificateCode.printed(c.code()),
                link(c.code()),
                c.fullName(),
                c.affiliation(),
                c.mode(),
                hours(c.eventId()),
                event.title(),
                ro.get().title(),
                event.start(),
                end(event),
                event.zone(),
                event.venue(),
                c.issuedAt())));
  }

  @Override
  public List<CertificateView> mine(Long accountId, Language language) {
    if (accountId == null) {
      return List.of();
    }
    return views(repository.certificatesOf(accountId), language);
  }

  @Override
  public List<CertificateView> byManageToken(String token, Language language) {
    if (token == null || token.isBlank() || token.length() > 64) {
      return List.of();
    }
    return repository
        .byManageToken(token)
        .map(r -> views(repository.certificatesOfRegistration(r.id()), language))
        .orElse(List.of());
  }

  /** The certificates of one registration, for its organisers' page. */
  List<CertificateView> ofRegistration(Long registrationId, Language language) {
    return views(repository.certificatesOfRegistration(registrationId), language);
  }

  private List<CertificateView> views(List<Certificate> certificates, Language language) {
    Map<Long, Optional<EventFacts>> byEvent = new HashMap<>();
    return certificates.stream()
        .flatMap(
            c ->
                byEvent
                    .computeIfAbsent(c.eventId(), id -> events.byId(id, language))
                    .map(e -> view(c, e, hours(c.eventId())))
                    .stream())
        .toList();
  }

  private CertificateView view(Certificate c, EventFacts event, BigDecimal hours) {
    return new CertificateView(
        CertificateCode.printed(c.code()),
        c.kind(),
        c.fullName(),
        c.affiliation(),
        c.mode(),
        hours,
        event.slug(),
        event.title(),
        event.start(),
        end(event),
        event.zone(),
        c.issuedAt(),
        c.mailedAt(),
        c.anonymised(),
        c.titles());
  }

  /** 16 or 7.5 (never "16.0", nor the "1E+1" that stripping zeros alone gives ten). */
  /**
   * The speakers who came (checked in, or joined online) and still present something: a speaker who
   * did not come, or whose submission was withdrawn since, gets no certificate of presentation.
   */
  private List<Registration> presenting(Long eventId, List<Registration> attended) {
    Set<Long> came = attended.stream().map(Registration::id).collect(Collectors.toSet());
    Set<String> presenterEmails = new HashSet<>();
    for (Presenters source : presenters) {
      source.of(eventId).forEach(p -> presenterEmails.add(p.email()));
    }
    return repository.speakers(eventId).stream()
        .filter(r -> came.contains(r.id()))
        .filter(r -> presenterEmails.contains(r.email().toLowerCase(java.util.Locale.ROOT)))
        .toList();
  }

  private static String key(Certificate c) {
    return c.registrationId() + "/" + c.kind();
  }

  private static String key(Registration r, CertificateKind kind) {
    return r.id() + "/" + kind;
  }

  private BigDecimal hours(Long eventId) {
    return repository
        .settings(eventId)
        .map(RegistrationSettings::certificateHours)
        .map(h -> h.setScale(h.stripTrailingZeros().scale() > 0 ? 1 : 0, RoundingMode.UNNECESSARY))
        .orElse(null);
  }

  private String link(String code) {
    return settings.baseUrl() + "/certificates/" + CertificateCode.printed(code);
  }

  private static Instant end(EventFacts event) {
    return event.end() == null ? event.start() : event.end();
  }

  private boolean ended(EventFacts event) {
    Instant end = end(event);
    return end != null && clock.instant().isAfter(end);
  }
}
