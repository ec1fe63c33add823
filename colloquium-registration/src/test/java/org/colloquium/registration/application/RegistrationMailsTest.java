package org.colloquium.registration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.mail.api.MailAttachment;
import org.colloquium.kernel.mail.api.MailPreview;
import org.colloquium.kernel.mail.api.Outbox;
import org.colloquium.kernel.mail.application.MailTemplates;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationAnswers;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.registration.domain.Registration;
import org.colloquium.registration.domain.RegistrationRepository;
import org.junit.jupiter.api.Test;

/**
 * The mail of every state, in both languages, rendered with the module's real templates: each
 * template gets every value it names (a missing one fails the rendering), confirmations carry the
 * calendar entry and a cancelled confirmation its cancellation.
 */
class RegistrationMailsTest {

  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final EventFacts EVENT =
      new EventFacts(
          7L,
          "annual-conference-iii",
          "IIIrd Annual Conference",
          Instant.parse("2027-05-04T06:00:00Z"),
          Instant.parse("2027-05-05T15:00:00Z"),
          BUCHAREST,
          "Facultatea de Istorie, București",
          AttendanceMode.HYBRID,
          Language.EN);

  private record Queued(
      String template, Language language, MailPreview mail, MailAttachment file) {}

  private final List<Queued> queued = new ArrayList<>();

  private RegistrationMails mails() {
    Settings settings =
        new Settings() {
          @Override
          public String baseUrl() {
            return "https://colloquium.example.ro";
          }

          @Override
          public String siteName() {
            return "Colloquium";
          }
        };
    RegistrationMails mails = new RegistrationMails();
    mails.settings = settings;
    mails.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    mails.repository =
        new RegistrationRepository() {
          @Override
          public int aheadOf(Registration registration) {
            return 3;
          }
        };
    mails.events =
        new EventFactsReader() {
          @Override
          Optional<EventFacts> byId(Long eventId, Language language) {
            return Optional.of(EVENT);
          }
        };
    mails.outbox =
        new Outbox() {
          @Override
          public Long enqueue(
              String template,
              EmailAddress recipient,
              String recipientName,
              Language language,
              Map<String, String> values) {
            return enqueue(template, recipient, recipientName, language, values, null);
          }

          @Override
          public Long enqueue(
              String template,
              EmailAddress recipient,
              String recipientName,
              Language language,
              Map<String, String> values,
              MailAttachment attachment) {
            queued.add(
                new Queued(
                    template,
                    language,
                    preview(template, recipientName, language, values),
                    attachment));
            return (long) queued.size();
          }

          @Override
          public MailPreview preview(
              String template, String name, Language language, Map<String, String> values) {
            Map<String, String> all = new HashMap<>(values);
            all.put("recipientName", name);
            all.put("siteName", settings.siteName());
            all.put("siteUrl", settings.baseUrl() + "/");
            MailTemplates.RenderedMail mail = new MailTemplates().render(template, language, all);
            return new MailPreview(mail.subject(), mail.body());
          }
        };
    return mails;
  }

  private static Registration registration(Language language) {
    return new Registration(
        7L,
        null,
        "ana@uaic.example",
        new RegistrationAnswers(
            ParticipationMode.IN_PERSON, "Ana Țurcanu", "UAIC", null, null, null, false),
        language,
        NOW.minusSeconds(600));
  }

  @Test
  void everyStateHasItsMailInBothLanguages() {
    for (Language language : Language.values()) {
      Registration pending = registration(language);
      pending.awaitApproval(NOW);
      mails().stateChanged(pending, null, EVENT);
      Registration waiting = registration(language);
      waiting.waitlist(NOW, NOW);
      mails().stateChanged(waiting, null, EVENT);
      waiting.offer(NOW.plusSeconds(48 * 3600), NOW);
      mails().stateChanged(waiting, RegistrationState.WAITLISTED, EVENT);
      waiting.cancel("offer expired", NOW);
      mails().stateChanged(waiting, RegistrationState.OFFERED, EVENT);
      Registration confirmed = registration(language);
      confirmed.confirm(NOW);
      mails().stateChanged(confirmed, null, EVENT);
      confirmed.cancel("The hall is closed for repairs.", NOW);
      mails().stateChanged(confirmed, RegistrationState.CONFIRMED, EVENT);
      Registration rejected = registration(language);
      rejected.awaitApproval(NOW);
      rejected.reject("Places in person are kept for the centre's students.", NOW);
      mails().stateChanged(rejected, RegistrationState.PENDING, EVENT);
    }
    assertEquals(
        List.of(
            "registration-pending",
            "registration-waitlisted",
            "registration-offered",
            "registration-offer-expired",
            "registration-confirmed",
            "registration-cancelled",
            "registration-rejected"),
        queued.subList(0, 7).stream().map(Queued::template).toList());
    assertEquals(14, queued.size());
    for (Queued q : queued) {
      assertFalse(q.mail().body().contains("{{"), q.mail().body());
      assertTrue(q.mail().body().contains("Ana Țurcanu"), q.mail().body());
    }
  }

  @Test
  void theTextsSayWhatTheStateMeans() {
    everyStateHasItsMailInBothLanguages();
    assertTrue(queued.get(1).mail().body().contains("People ahead of you: 3."));
    assertTrue(
        queued.get(2).mail().body().contains("if you accept it by"), queued.get(2).mail().body());
    assertTrue(
        queued
            .get(2)
            .mail()
            .body()
            .contains("https://colloquium.example.ro/events/annual-conference-iii/register"));
    Queued confirmed = queued.get(4);
    assertEquals("Registration confirmed: IIIrd Annual Conference", confirmed.mail().subject());
    assertTrue(confirmed.mail().body().contains("Where: Facultatea de Istorie, București"));
    assertTrue(confirmed.file().content().contains("STATUS:CONFIRMED"));
    assertTrue(queued.get(5).file().content().contains("STATUS:CANCELLED"));
    assertTrue(queued.get(5).mail().body().contains("The hall is closed for repairs."));
    assertNull(queued.get(0).file(), "nothing to put in a calendar yet");
    Queued romanian = queued.get(11);
    assertEquals(Language.RO, romanian.language());
    assertEquals("Înscriere confirmată: IIIrd Annual Conference", romanian.mail().subject());
    assertTrue(
        romanian.mail().body().contains("participați cu prezență fizică"), romanian.mail().body());
  }
}
