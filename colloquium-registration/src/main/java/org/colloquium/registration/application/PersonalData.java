package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.colloquium.registration.api.AnswerLine;
import org.colloquium.registration.api.CertificateCode;
import org.colloquium.registration.domain.Certificate;
import org.colloquium.registration.domain.ConsentRecord;
import org.colloquium.registration.domain.FormRepository;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationHistory;
import org.colloquium.registration.domain.RegistrationRepository;
import org.colloquium.registration.domain.RegistrationSettings;

/**
 * A person's data (everything the registration holds about them, as JSON) and its erasure: the
 * registration is cancelled if it was not over (its place goes on, nobody is mailed), then
 * anonymised; the counts and the history of states stay, without names or notes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class PersonalData {

  @Inject RegistrationRepository repository;
  @Inject Transitions transitions;
  @Inject FormRepository forms;
  @Inject Clock clock;

  String json(Registration r, EventFacts event) {
    var a = r.answers();
    JsonObjectBuilder answers = Json.createObjectBuilder().add("fullName", a.fullName());
    add(answers, "affiliation", a.affiliation());
    add(answers, "academicStatus", a.academicStatus() == null ? null : a.academicStatus().name());
    add(answers, "dietaryNeeds", a.dietaryNeeds());
    add(answers, "accessibilityNeeds", a.accessibilityNeeds());
    answers.add("listedAmongParticipants", a.listed());
    JsonArrayBuilder questions = Json.createArrayBuilder();
    for (AnswerLine line :
        AnswerLine.of(forms.views(r.eventId(), false), a.form(), r.language(), f -> true)) {
      questions.add(
          Json.createObjectBuilder().add("question", line.question()).add("answer", line.answer()));
    }
    answers.add("questions", questions);
    JsonArrayBuilder history = Json.createArrayBuilder();
    for (RegistrationHistory h : repository.history(r.id())) {
      JsonObjectBuilder entry =
          Json.createObjectBuilder()
              .add("at", h.at().toString())
              .add("state", h.to().name())
              .add("mode", h.mode().name());
      add(entry, "from", h.from() == null ? null : h.from().name());
      add(entry, "note", h.note());
      history.add(entry);
    }
    JsonArrayBuilder consents = Json.createArrayBuilder();
    for (ConsentRecord c : repository.consents(r.id())) {
      consents.add(
          Json.createObjectBuilder()
              .add("purpose", c.purpose().name())
              .add("version", c.version())
              .add("textSha256", c.textSha256())
              .add("given", c.given())
              .add("at", c.at().toString())
              .add("recordedByAnOrganiser", c.recordedBy() != null));
    }
    JsonArrayBuilder certificates = Json.createArrayBuilder();
    for (Certificate c : repository.certificatesOfRegistration(r.id())) {
      JsonObjectBuilder certificate =
          Json.createObjectBuilder()
              .add("kind", c.kind().name())
              .add("code", CertificateCode.printed(c.code()))
              .add("fullName", c.fullName())
              .add("mode", c.mode().name())
              .add("issuedAt", c.issuedAt().toString());
      add(certificate, "affiliation", c.affiliation());
      add(certificate, "mailedAt", c.mailedAt() == null ? null : c.mailedAt().toString());
      certificates.add(certificate);
    }
    JsonArrayBuilder joined = Json.createArrayBuilder();
    repository.joinedAt(r.id()).forEach(t -> joined.add(t.toString()));
    JsonObjectBuilder registration =
        Json.createObjectBuilder()
            .add(
                "event",
                Json.createObjectBuilder().add("slug", event.slug()).add("title", event.title()))
            .add("email", r.email())
            .add("language", r.language().code())
            .add("mode", r.mode().name())
            .add("state", r.state().name())
            .add("registeredAt", r.createdAt().toString())
            .add("answers", answers)
            .add("history", history)
            .add("consents", consents)
            .add("joinedOnline", joined)
            .add("speaker", r.speaker())
            .add("speakerTitles", Json.createArrayBuilder(r.speakerTitles()))
            .add("certificates", certificates);
    add(registration, "checkedInAt", r.checkedInAt() == null ? null : r.checkedInAt().toString());
    add(
        registration,
        "offerExpiresAt",
        r.offerExpiresAt() == null ? null : r.offerExpiresAt().toString());
    StringWriter out = new StringWriter();
    try (var writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.writeObject(
          Json.createObjectBuilder()
              .add("exportedAt", clock.instant().toString())
              .add("registration", registration)
              .build());
    }
    return out.toString();
  }

  private static void add(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }

  /** Erases the registration (locked by the caller) as described above. */
  void erase(Registration r, RegistrationSettings settings, EventFacts event, Long actorId) {
    Instant now = clock.instant();
    if (!r.state().ended()) {
      transitions.cancel(r, "deleted by the registrant", settings, event, actorId, false);
    }
    // Not registered again as a speaker by the platform: only the address's hash stays.
    repository.optOut(r.eventId(), r.email());
    r.anonymise(now);
    repository.forgetNotes(r.id());
    repository.forgetCertificates(r.id());
  }
}
