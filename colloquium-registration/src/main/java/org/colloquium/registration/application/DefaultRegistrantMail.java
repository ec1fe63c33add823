package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.mail.api.MailPreview;
import org.colloquium.kernel.mail.api.Outbox;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.registration.api.RegistrantMail;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationMailing;
import org.colloquium.registration.domain.RegistrationRepository;

/** Organisers' mail to registrants, through the outbox. */
@ApplicationScoped
@Transactional
public class DefaultRegistrantMail implements RegistrantMail {

  private static final String TEMPLATE = "registration-message";

  @Inject RegistrationRepository repository;
  @Inject EventFactsReader events;
  @Inject Outbox outbox;
  @Inject Settings settings;
  @Inject Clock clock;

  /** The draft's texts, checked, per language. */
  private record Texts(String subjectEn, String bodyEn, String subjectRo, String bodyRo) {
    String subject(Language language) {
      return language == Language.RO ? subjectRo : subjectEn;
    }

    String body(Language language) {
      return language == Language.RO ? bodyRo : bodyEn;
    }
  }

  private static Texts texts(Draft draft) {
    List<Problem> problems = new ArrayList<>();
    String subjectEn = subject(draft.subjectEn(), "subjectEn", problems);
    String subjectRo = subject(draft.subjectRo(), "subjectRo", problems);
    String bodyEn = body(draft.bodyEn(), "bodyEn", problems);
    String bodyRo = body(draft.bodyRo(), "bodyRo", problems);
    boolean en = subjectEn != null || bodyEn != null;
    boolean ro = subjectRo != null || bodyRo != null;
    if (!en && !ro) {
      problems.add(Problem.of("subjectEn", "registration.mail.subject.required"));
      problems.add(Problem.of("bodyEn", "registration.mail.body.required"));
    }
    if (en && (subjectEn == null || bodyEn == null)) {
      problems.add(
          Problem.of(
              subjectEn == null ? "subjectEn" : "bodyEn",
              subjectEn == null
                  ? "registration.mail.subject.required"
                  : "registration.mail.body.required"));
    }
    if (ro && (subjectRo == null || bodyRo == null)) {
      problems.add(
          Problem.of(
              subjectRo == null ? "subjectRo" : "bodyRo",
              subjectRo == null
                  ? "registration.mail.subject.required"
                  : "registration.mail.body.required"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return en && ro
        ? new Texts(subjectEn, bodyEn, subjectRo, bodyRo)
        : en
            ? new Texts(subjectEn, bodyEn, subjectEn, bodyEn)
            : new Texts(subjectRo, bodyRo, subjectRo, bodyRo);
  }

  private static String subject(String typed, String field, List<Problem> problems) {
    String s = typed == null || typed.isBlank() ? null : typed.strip();
    if (s != null && s.length() > MAX_SUBJECT) {
      problems.add(Problem.of(field, "registration.tooLong", MAX_SUBJECT));
    } else if (s != null && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) {
      problems.add(Problem.of(field, "registration.mail.subject.oneLine"));
    }
    return s;
  }

  private static String body(String typed, String field, List<Problem> problems) {
    String s = typed == null || typed.isBlank() ? null : typed.strip().replace("\r\n", "\n");
    if (s != null && s.length() > MAX_BODY) {
      problems.add(Problem.of(field, "registration.tooLong", MAX_BODY));
    }
    return s;
  }

  private Map<String, String> values(
      Texts texts, Language language, EventFacts event, Registration r) {
    Map<String, String> values = new HashMap<>();
    values.put("subject", texts.subject(language));
    values.put("body", texts.body(language));
    values.put("eventTitle", event.title());
    values.put(
        "registrationLink",
        r.accountId() == null
            ? settings.baseUrl() + "/registration?token=" + r.manageToken()
            : settings.baseUrl() + "/events/" + event.slug() + "/register");
    return values;
  }

  @Override
  public Preview preview(Long actorId, String slug, Draft draft) {
    EventFacts event = events.manageable(actorId, slug);
    Texts texts = texts(draft);
    List<Registration> recipients = repository.recipients(event.id(), draft.state(), draft.mode());
    int ro = (int) recipients.stream().filter(r -> r.language() == Language.RO).count();
    List<Sample> samples = new ArrayList<>();
    for (Language language : Language.values()) {
      recipients.stream()
          .filter(r -> r.language() == language)
          .findFirst()
          .ifPresent(
              r -> {
                MailPreview p =
                    outbox.preview(
                        TEMPLATE, r.fullName(), language, values(texts, language, event, r));
                samples.add(new Sample(language.code(), p.subject(), p.body()));
              });
    }
    return new Preview(recipients.size(), recipients.size() - ro, ro, samples);
  }

  @Override
  public Sent send(Long actorId, String slug, Draft draft, String sendKey) {
    EventFacts event = events.manageable(actorId, slug);
    Texts texts = texts(draft);
    if (sendKey == null || sendKey.isBlank() || sendKey.length() > 64) {
      throw new IllegalArgumentException("a sending needs its form's key");
    }
    var made = repository.mailing(event.id(), sendKey);
    if (made.isPresent()) {
      return new Sent(made.get().recipients(), true);
    }
    List<Registration> recipients = repository.recipients(event.id(), draft.state(), draft.mode());
    for (Registration r : recipients) {
      outbox.enqueue(
          TEMPLATE,
          EmailAddress.parse(r.email()).orElseThrow(),
          r.fullName(),
          r.language(),
          values(texts, r.language(), event, r));
    }
    repository.add(
        new RegistrationMailing(
            event.id(),
            sendKey,
            draft.state(),
            draft.mode(),
            texts.subjectEn(),
            recipients.size(),
            actorId,
            clock.instant()));
    // Two sendings of one form at the same instant: the unique key refuses the second, whose
    // transaction (and its mails) is rolled back.
    if (!repository.flushUnlessDuplicate()) {
      throw new ConflictException("registration.mail.sentMeanwhile", "sent meanwhile");
    }
    return new Sent(recipients.size(), false);
  }

  @Override
  public List<Sending> sendings(Long actorId, String slug) {
    EventFacts event = events.manageable(actorId, slug);
    return repository.mailings(event.id()).stream()
        .map(
            m ->
                new Sending(
                    m.subject(), m.stateFilter(), m.modeFilter(), m.recipients(), m.sentAt()))
        .toList();
  }
}
