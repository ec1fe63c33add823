package org.colloquium.registration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.colloquium.events.api.AttendanceMode;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.mail.testing.RenderingOutbox;
import org.colloquium.kernel.mail.testing.RenderingOutbox.Queued;
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
          Language.EN,
          "https://meet.example/annual");

  private RenderingOutbox outbox;

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
    if (outbox == null) {
      outbox = new RenderingOutbox(settings);
    }
    mails.outbox = outbox;
    return mails;
  }

  private static Registration registration(Language language) {
    return new Registration(
        7L,
        5L,
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
        outbox.queued().subList(0, 7).stream().map(Queued::template).toList());
    assertEquals(14, outbox.queued().size());
    for (Queued q : outbox.queued()) {
      assertFalse(q.mail().body().contains("{{"), q.mail().body());
      assertTrue(q.mail().body().contains("Ana Țurcanu"), q.mail().body());
    }
  }

  @Test
  void theTextsSayWhatTheStateMeans() {
    everyStateHasItsMailInBothLanguages();
    assertTrue(outbox.queued().get(1).mail().body().contains("People ahead of you: 3."));
    assertTrue(
        outbox.queued().get(2).mail().body().contains("if you accept it by"),
        outbox.queued().get(2).mail().body());
    assertTrue(
        outbox
            .queued()
            .get(2)
            .mail()
            .body()
            .contains("https://colloquium.example.ro/events/annual-conference-iii/register"));
    Queued confirmed = outbox.queued().get(4);
    assertEquals("Registration confirmed: IIIrd Annual Conference", confirmed.mail().subject());
    assertTrue(confirmed.mail().body().contains("Where: Facultatea de Istorie, București"));
    assertTrue(confirmed.attachment().content().contains("STATUS:CONFIRMED"));
    assertTrue(outbox.queued().get(5).attachment().content().contains("STATUS:CANCELLED"));
    assertTrue(outbox.queued().get(5).mail().body().contains("The hall is closed for repairs."));
    assertNull(outbox.queued().get(0).attachment(), "nothing to put in a calendar yet");
    Queued romanian = outbox.queued().get(11);
    assertEquals(Language.RO, romanian.language());
    assertEquals("Înscriere confirmată: IIIrd Annual Conference", romanian.mail().subject());
    assertTrue(
        romanian.mail().body().contains("participați cu prezență fizică"), romanian.mail().body());
  }

  @Test
  void anOnlineConfirmationCarriesThePersonalJoinLinkAndNeverTheStreamItself() {
    Registration online =
        new Registration(
            7L,
            null,
            "olena@lnu.example",
            new RegistrationAnswers(
                ParticipationMode.ONLINE, "Олена Шевчук", "LNU", null, null, null, false),
            Language.EN,
            NOW);
    online.confirm(NOW);
    mails().stateChanged(online, null, EVENT);
    String body = outbox.queued().get(0).mail().body();
    assertTrue(body.contains("https://colloquium.example.ro/join/" + online.joinToken()), body);
    assertFalse(body.contains("meet.example"), "the stream link itself is never mailed: " + body);
    assertTrue(online.joinToken().length() >= 43, "256 random bits");
  }

  @Test
  void withoutAnAccountTheMailsLinkTheManagePageAndTheAddressIsConfirmedFirst() {
    for (Language language : Language.values()) {
      mails()
          .confirmAddress(
              new EmailAddress("ana@uaic.example"), "Ana Țurcanu", language, EVENT, "s3cret");
      Registration guest =
          new Registration(
              7L,
              null,
              "ana@uaic.example",
              new RegistrationAnswers(
                  ParticipationMode.ONLINE, "Ana Țurcanu", "UAIC", null, null, null, false),
              language,
              NOW);
      guest.confirm(NOW);
      mails().stateChanged(guest, null, EVENT);
      mails().accountInvitation(guest, EVENT);
    }
    List<Queued> q = outbox.queued();
    assertEquals(
        List.of(
            "registration-confirm-address",
            "registration-confirmed",
            "registration-account-invitation"),
        q.subList(0, 3).stream().map(Queued::template).toList());
    assertTrue(
        q.get(0)
            .mail()
            .body()
            .contains(
                "https://colloquium.example.ro/events/annual-conference-iii/register/confirm"
                    + "?token=s3cret"),
        q.get(0).mail().body());
    assertTrue(q.get(0).mail().body().contains("24 hours"), q.get(0).mail().body());
    assertTrue(
        q.get(1).mail().body().contains("https://colloquium.example.ro/registration?token="),
        "the registrant without an account manages it through the link: " + q.get(1).mail().body());
    assertTrue(q.get(2).mail().body().contains("https://colloquium.example.ro/sign-up"));
    for (Queued mail : q) {
      assertFalse(mail.mail().body().contains("{{"), mail.mail().body());
    }
    assertEquals("Confirmați înscrierea: IIIrd Annual Conference", q.get(3).mail().subject());
  }
}
