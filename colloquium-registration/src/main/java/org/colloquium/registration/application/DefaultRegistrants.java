package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.text.SpreadsheetText;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.AnswerFilter;
import org.colloquium.registration.api.AnswerLine;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.api.FormField;
import org.colloquium.registration.api.MyRegistration;
import org.colloquium.registration.api.NewRegistrant;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrantDetail;
import org.colloquium.registration.api.RegistrantRow;
import org.colloquium.registration.api.Registrants;
import org.colloquium.registration.api.RegistrantsView;
import org.colloquium.registration.api.RegistrationAnswers;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.registration.domain.FormRepository;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationRepository;
import org.colloquium.registration.domain.RegistrationSettings;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The organisers' side of an event's registrations. */
@ApplicationScoped
@Transactional
public class DefaultRegistrants implements Registrants {

  /** A reason is mailed: a paragraph, not a letter. */
  static final int MAX_REASON = 1000;

  @Inject RegistrationRepository repository;
  @Inject FormRepository forms;
  @Inject FormAnswering form;
  @Inject EventFactsReader events;
  @Inject AccountDirectory accounts;
  @Inject Transitions transitions;
  @Inject Consents consents;
  @Inject SpeakerRegistrations speakers;
  @Inject DefaultCertificates certificates;
  @Inject Clock clock;

  @Override
  public RegistrantsView list(
      Long actorId, String slug, RegistrationState state, ParticipationMode mode, String answer) {
    EventFacts event = events.manageable(actorId, slug);
    boolean configured = repository.settings(event.id()).isPresent();
    boolean filtered = answer != null && !answer.isBlank();
    return new RegistrantsView(
        event.slug(),
        event.title(),
        event.zone(),
        configured,
        repository.places(event.id()),
        repository.counts(event.id()),
        repository.of(event.id(), state, mode).stream()
            .map(RegistrationViews::row)
            .filter(r -> !filtered || AnswerFilter.matches(answer, r.form()))
            .toList(),
        perDay(repository.registeredAt(event.id()), event.zone()),
        AnswerFilter.of(forms.views(event.id(), false), event.language()));
  }

  /** At most this many days in the chart: the last ones. */
  static final int MAX_DAYS = 366;

  /** Registrations per day in {@code zone}, the days without any included. */
  static List<RegistrantsView.Day> perDay(List<Instant> times, ZoneId zone) {
    if (times.isEmpty()) {
      return List.of();
    }
    Map<LocalDate, Long> counts = new TreeMap<>();
    for (Instant t : times) {
      counts.merge(LocalDate.ofInstant(t, zone), 1L, Long::sum);
    }
    LocalDate last = ((TreeMap<LocalDate, Long>) counts).lastKey();
    LocalDate first = ((TreeMap<LocalDate, Long>) counts).firstKey();
    if (first.isBefore(last.minusDays(MAX_DAYS - 1))) {
      first = last.minusDays(MAX_DAYS - 1);
    }
    List<RegistrantsView.Day> days = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      days.add(new RegistrantsView.Day(d.toString(), counts.getOrDefault(d, 0L)));
    }
    return days;
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final CSVFormat CSV = CSVFormat.EXCEL.builder().setQuoteMode(QuoteMode.ALL).get();
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static final List<String> COLUMNS =
      List.of(
          "Name",
          "Email",
          "Affiliation",
          "Academic status",
          "Taking part",
          "State",
          "Dietary needs",
          "Accessibility needs",
          "Listed",
          "Registered",
          "Offer until",
          "Reason",
          "Speaker");

  /** The header: the built-in columns, then a column per organiser's question (hidden too). */
  private static List<String> columns(List<FormField> fields) {
    List<String> columns = new ArrayList<>(COLUMNS);
    for (FormField f : fields) {
      if (f.kind().asks()) {
        columns.add(f.labelEn());
      }
    }
    return columns;
  }

  /** A row's cells as text, times in the event's zone, choices by their English labels. */
  private static List<String> values(RegistrantRow r, ZoneId zone, List<FormField> fields) {
    List<String> values = new ArrayList<>(builtIn(r, zone));
    for (FormField f : fields) {
      if (f.kind().asks()) {
        values.add(f.display(r.form(), Language.EN));
      }
    }
    return values;
  }

  private static List<String> builtIn(RegistrantRow r, ZoneId zone) {
    return Arrays.asList(
        r.fullName(),
        r.email(),
        nullToEmpty(r.affiliation()),
        r.academicStatus() == null ? "" : r.academicStatus().name(),
        r.mode().name(),
        r.state().name(),
        nullToEmpty(r.dietaryNeeds()),
        nullToEmpty(r.accessibilityNeeds()),
        r.listed() ? "yes" : "no",
        WHEN.format(r.registeredAt().atZone(zone)),
        r.offerExpiresAt() == null ? "" : WHEN.format(r.offerExpiresAt().atZone(zone)),
        nullToEmpty(r.reason()),
        r.speaker() ? "yes" : "no");
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  @Override
  public void csv(
      Long actorId,
      String slug,
      RegistrationState state,
      ParticipationMode mode,
      String answer,
      OutputStream out) {
    RegistrantsView view = list(actorId, slug, state, mode, answer);
    List<FormField> fields = forms.views(events.manageable(actorId, slug).id(), false);
    try {
      out.write(UTF8_BOM);
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter printer = new CSVPrinter(writer, CSV);
      printer.printRecord(columns(fields).stream().map(SpreadsheetText::cell).toList());
      for (RegistrantRow r : view.rows()) {
        printer.printRecord(
            values(r, view.zone(), fields).stream().map(SpreadsheetText::cell).toList());
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void xlsx(
      Long actorId,
      String slug,
      RegistrationState state,
      ParticipationMode mode,
      String answer,
      OutputStream out) {
    RegistrantsView view = list(actorId, slug, state, mode, answer);
    List<FormField> fields = forms.views(events.manageable(actorId, slug).id(), false);
    List<String> columns = columns(fields);
    try {
      Workbook workbook = new Workbook(out, "Colloquium", "1.0");
      Worksheet sheet = workbook.newWorksheet("Registrations");
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(0, c, columns.get(c));
        sheet.style(0, c).bold().set();
      }
      int row = 1;
      for (RegistrantRow r : view.rows()) {
        List<String> values = values(r, view.zone(), fields);
        for (int c = 0; c < values.size(); c++) {
          sheet.value(row, c, values.get(c));
        }
        row++;
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Target(
      EventFacts event, RegistrationSettings settings, Registration registration) {}

  private Target target(Long actorId, String slug, Long registrationId) {
    EventFacts event = events.manageable(actorId, slug);
    RegistrationSettings settings =
        repository
            .settings(event.id())
            .orElseThrow(() -> new NotFoundException("no registration for " + slug));
    Registration registration =
        repository
            .find(registrationId)
            .filter(r -> r.eventId().equals(event.id()))
            .orElseThrow(() -> new NotFoundException("registration " + registrationId));
    transitions.lockAndRead(registration);
    return new Target(event, settings, registration);
  }

  @Override
  public RegistrantDetail detail(Long actorId, String slug, Long registrationId) {
    EventFacts event = events.manageable(actorId, slug);
    Registration r =
        repository
            .find(registrationId)
            .filter(found -> found.eventId().equals(event.id()))
            .orElseThrow(() -> new NotFoundException("registration " + registrationId));
    List<RegistrantDetail.Change> history =
        repository.history(r.id()).stream()
            .map(
                h ->
                    new RegistrantDetail.Change(
                        h.at(),
                        h.from(),
                        h.to(),
                        h.mode(),
                        h.actorId() == null
                            ? RegistrantDetail.By.PLATFORM
                            : h.actorId().equals(r.accountId())
                                ? RegistrantDetail.By.PERSON
                                : RegistrantDetail.By.ORGANISER,
                        h.note()))
            .toList();
    List<RegistrantDetail.Consent> consentList =
        repository.consents(r.id()).stream()
            .map(
                c ->
                    new RegistrantDetail.Consent(
                        c.purpose().name(), c.version(), c.given(), c.at(), c.recordedBy() != null))
            .toList();
    return new RegistrantDetail(
        event.slug(),
        event.title(),
        event.zone(),
        RegistrationViews.row(r),
        r.language(),
        r.checkedInAt(),
        repository.joinedAt(r.id()),
        r.speakerTitles(),
        history,
        consentList,
        certificates.ofRegistration(r.id(), event.language()),
        AnswerLine.of(forms.views(event.id(), false), r.form(), event.language(), f -> true));
  }

  @Override
  public int registerSpeakers(Long actorId, String slug) {
    EventFacts event = events.manageable(actorId, slug);
    RegistrationSettings settings =
        repository
            .settings(event.id())
            .orElseThrow(() -> new ConflictException("registration.notSetUp", "no settings"));
    return speakers.register(event, settings, actorId);
  }

  @Override
  public RegistrationState approve(Long actorId, String slug, Long registrationId) {
    Target t = target(actorId, slug, registrationId);
    if (t.registration().state() != RegistrationState.PENDING) {
      throw new ConflictException("registration.notPending", "not pending");
    }
    RegistrationState state =
        transitions.admit(t.registration(), t.settings(), t.event(), actorId, true, true);
    repository.flush();
    return state;
  }

  @Override
  public void reject(Long actorId, String slug, Long registrationId, String reason) {
    String why = reason(reason);
    Target t = target(actorId, slug, registrationId);
    RegistrationState state = t.registration().state();
    if (state != RegistrationState.PENDING && state != RegistrationState.WAITLISTED) {
      throw new ConflictException("registration.notRejectable", "only pending or waiting");
    }
    transitions.reject(t.registration(), why, t.settings(), t.event(), actorId);
    repository.flush();
  }

  @Override
  public void cancel(Long actorId, String slug, Long registrationId, String reason) {
    String why = reason(reason);
    Target t = target(actorId, slug, registrationId);
    if (t.registration().state().ended()) {
      return;
    }
    transitions.cancel(t.registration(), why, t.settings(), t.event(), actorId, true);
    repository.flush();
  }

  private static String reason(String reason) {
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > MAX_REASON) {
      throw new ValidationException(Problem.of("reason", "registration.tooLong", MAX_REASON));
    }
    return why;
  }

  @Override
  public MyRegistration add(Long actorId, String slug, NewRegistrant registrant) {
    EventFacts event = events.manageable(actorId, slug);
    RegistrationSettings settings =
        repository
            .settings(event.id())
            .orElseThrow(() -> new ConflictException("registration.notSetUp", "not set up"));
    List<Problem> problems = new ArrayList<>();
    Optional<EmailAddress> address = EmailAddress.parse(registrant.email());
    if (address.isEmpty()) {
      problems.add(Problem.of("email", "registration.email.invalid"));
    }
    RegistrationAnswers checked = null;
    List<FormField> fields = form.fields(event.id());
    try {
      checked =
          form.check(
              registrant.answers(), repository.modes(event.id()), fields, FormAnswers.NONE, false);
    } catch (ValidationException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    String email = address.get().value();
    if (repository.active(event.id(), email).isPresent()) {
      throw new ConflictException("registration.alreadyThere", "already registered");
    }
    Optional<AccountRecord> account = accounts.findByEmail(address.get());
    Language language = account.map(AccountRecord::preferredLanguage).orElse(event.language());
    Instant now = clock.instant();
    Registration registration =
        new Registration(
            event.id(), account.map(AccountRecord::id).orElse(null), email, checked, language, now);
    // The organiser registers on the person's behalf: no approval of their own registration.
    transitions.admit(registration, settings, event, actorId, true, registrant.mailed());
    form.store(registration, checked.form(), fields);
    consents.record(registration, actorId);
    repository.flush();
    Integer ahead =
        registration.state() == RegistrationState.WAITLISTED
            ? repository.aheadOf(registration)
            : null;
    return RegistrationViews.mine(registration, event, settings, ahead, now);
  }
}
