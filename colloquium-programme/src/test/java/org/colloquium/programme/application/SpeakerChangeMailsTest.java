package org.colloquium.programme.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.account.api.AccountRecord;
import org.colloquium.kernel.account.api.EmailAddress;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.kernel.mail.testing.RenderingOutbox;
import org.colloquium.kernel.mail.testing.RenderingOutbox.Queued;
import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeRoom;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.RoomMode;
import org.colloquium.programme.api.SessionKind;
import org.colloquium.programme.domain.Chair;
import org.colloquium.programme.domain.timetable.SpeakerChanges;
import org.colloquium.programme.domain.timetable.SpeakerChanges.Change;
import org.colloquium.submissions.api.SubmissionRecord.AuthorRecord;
import org.junit.jupiter.api.Test;

/**
 * The speakers' mails of a release, rendered with the module's real templates: who gets one, in
 * which language, what it says and what is attached.
 */
class SpeakerChangeMailsTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final AuthorRecord ANA =
      new AuthorRecord("Ana Țurcanu", "Ana@UAIC.ro", "UAIC", "RO", null, true);
  private static final AuthorRecord ION =
      new AuthorRecord("Ion Pop", "ion@ubb.ro", "UBB", "RO", null, true);
  private static final AuthorRecord NO_ADDRESS =
      new AuthorRecord("Maria Rusu", null, null, "RO", null, true);

  private RenderingOutbox outbox;

  private List<Queued> queued() {
    return outbox.queued();
  }

  private static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 5, day, hour, minute).atZone(BUCHAREST).toInstant();
  }

  private static ProgrammeContribution talk(long id, String title, Instant start) {
    return new ProgrammeContribution(
        id,
        1L,
        (int) id,
        title,
        "Abstract.",
        List.of(),
        "ro",
        null,
        "Comunicare",
        false,
        null,
        start,
        start.plusSeconds(1800),
        List.of(new ProgrammeAuthor("Ana Țurcanu", "Țurcanu", "UAIC", "RO", true)));
  }

  private static PublishedProgramme release(
      int version, long room, Instant start, ProgrammeContribution... talks) {
    return new PublishedProgramme(
        new PublishedProgramme.EventFacts(
            7L,
            "cilr-2026",
            "CILR 2026",
            null,
            at(13, 9, 0),
            at(15, 13, 0),
            BUCHAREST,
            "UAIC",
            null,
            Language.EN,
            null,
            List.of()),
        version,
        Instant.parse("2026-05-02T12:30:00Z"),
        "",
        List.of(
            new ProgrammeRoom(1L, "Aula Magna", 300, RoomMode.IN_PERSON),
            new ProgrammeRoom(2L, "Sala Țițeica", 60, RoomMode.HYBRID)),
        List.of(),
        List.of(
            new ProgrammeSession(
                1L,
                SessionKind.SESSION,
                "Morfosintaxă",
                null,
                null,
                room,
                start,
                start.plusSeconds(5400),
                null,
                "ro",
                List.of(),
                List.of(talks))));
  }

  private SpeakerChangeMails mails() {
    SpeakerChangeMails mails = new SpeakerChangeMails();
    Settings settings =
        new Settings() {
          @Override
          public String baseUrl() {
            return "https://colloquium.example.ro";
          }

          @Override
          public String siteName() {
            return "Colloquium UAIC";
          }

          @Override
          public String mailFrom() {
            return "Colocviu UAIC <no-reply@colloquium.example.ro>";
          }
        };
    mails.settings = settings;
    mails.accounts = new Accounts();
    outbox = new RenderingOutbox(settings);
    mails.outbox = outbox;
    return mails;
  }

  @Test
  void eachSpeakerGetsOneMailInTheirLanguageWithTheirChangesAndACalendar() {
    // The session moves to Sala Țițeica in the afternoon; talk 12 is taken out.
    PublishedProgramme one =
        release(
            1,
            1L,
            at(13, 9, 0),
            talk(10, "Morfologia verbului", at(13, 9, 0)),
            talk(11, "Adverbul", at(13, 9, 30)),
            talk(12, "Prepoziția", at(13, 10, 0)));
    PublishedProgramme two =
        release(
            2,
            2L,
            at(13, 14, 0),
            talk(10, "Morfologia verbului", at(13, 14, 0)),
            talk(11, "Adverbul", at(13, 14, 30)));
    List<Change> changes = SpeakerChanges.between(one, two);
    Map<Long, List<AuthorRecord>> presenters = new HashMap<>();
    presenters.put(10L, List.of(ANA));
    presenters.put(11L, List.of(ANA, ION, NO_ADDRESS));
    presenters.put(12L, List.of(ION));

    assertEquals(2, mails().send(presenters, Map.of(), one, two, changes, List.of()));

    assertEquals(2, queued().size(), queued().toString());
    Queued ana = queued().get(0);
    assertEquals("programme-changed", ana.template());
    assertEquals("ana@uaic.ro", ana.to().value());
    assertEquals(Language.RO, ana.language(), "her account's language");
    assertEquals("Schimbare în program: CILR 2026", ana.mail().subject());
    String body = ana.mail().body();
    assertTrue(body.startsWith("Bună ziua, Ana Țurcanu,"), body);
    assertTrue(
        body.contains(
            "„Morfologia verbului”\n"
                + "  înainte: miercuri, 13 mai 2026, 09:00–09:30, Aula Magna\n"
                + "  acum:    miercuri, 13 mai 2026, 14:00–14:30, Sala Țițeica\n"),
        body);
    assertTrue(body.contains("„Adverbul”"), body);
    assertFalse(body.contains("Prepoziția"), "not hers: " + body);
    assertTrue(body.contains("(Europe/Bucharest)"), body);
    assertTrue(body.contains("https://colloquium.example.ro/events/cilr-2026/programme\n"), body);
    assertEquals("cilr-2026-programme-2.ics", ana.attachment().fileName());
    assertEquals("text/calendar; charset=UTF-8; method=PUBLISH", ana.attachment().contentType());
    String ics = ana.attachment().content();
    assertTrue(ics.contains("UID:contribution-10@colloquium.example.ro"), ics);
    assertTrue(ics.contains("UID:contribution-11@colloquium.example.ro"), ics);
    assertFalse(ics.contains("contribution-12@"), ics);
    assertTrue(
        ics.contains("ORGANIZER;CN=Colocviu UAIC:mailto:no-reply@colloquium.example.ro"), ics);

    Queued ion = queued().get(1);
    assertEquals("ion@ubb.ro", ion.to().value());
    assertEquals(Language.EN, ion.language(), "no account: the event's language");
    assertEquals("Programme change: CILR 2026", ion.mail().subject());
    assertTrue(
        ion.mail()
            .body()
            .contains(
                "“Prepoziția”\n"
                    + "  was: Wednesday 13 May 2026, 10:00–10:30, Aula Magna\n"
                    + "  now: taken out of the programme\n"),
        ion.mail().body());
    assertTrue(ion.attachment().content().contains("STATUS:CANCELLED"), ion.attachment().content());
  }

  @Test
  void nobodyToWriteToIsNoMail() {
    PublishedProgramme one = release(1, 1L, at(13, 9, 0), talk(10, "A", at(13, 9, 0)));
    PublishedProgramme two = release(2, 2L, at(13, 9, 0), talk(10, "A", at(13, 9, 0)));

    int sent =
        mails()
            .send(
                Map.of(10L, List.of(NO_ADDRESS)),
                Map.of(1L, List.of(new Chair("Radu Chair", null))),
                one,
                two,
                SpeakerChanges.between(one, two),
                SpeakerChanges.sessionsBetween(one, two));

    assertEquals(0, sent);
    assertEquals(List.of(), queued());
  }

  @Test
  void theChairOfAMovedSessionIsToldTooAndOnceWhenAlsoSpeaking() {
    PublishedProgramme one =
        release(1, 1L, at(13, 9, 0), talk(10, "Morfologia verbului", at(13, 9, 0)));
    PublishedProgramme two =
        release(2, 2L, at(13, 14, 0), talk(10, "Morfologia verbului", at(13, 14, 0)));
    Map<Long, List<Chair>> chairs =
        Map.of(
            1L,
            List.of(
                new Chair("Ion Popa", "ion@ubb.ro"),
                new Chair("Ana Țurcanu", "ANA@uaic.ro"),
                new Chair("Fără adresă", null)));

    assertEquals(
        2,
        mails()
            .send(
                Map.of(10L, List.of(ANA)),
                chairs,
                one,
                two,
                SpeakerChanges.between(one, two),
                SpeakerChanges.sessionsBetween(one, two)));

    Queued ana = queued().get(0);
    assertEquals("ana@uaic.ro", ana.to().value(), "one mail: she speaks and chairs");
    assertTrue(ana.mail().body().contains("„Morfologia verbului”\n"), ana.mail().body());
    assertTrue(
        ana.mail().body().contains("„Morfosintaxă” (sesiune pe care o moderați)\n"),
        ana.mail().body());
    assertTrue(ana.attachment().content().contains("UID:session-1@colloquium.example.ro"));
    assertTrue(ana.attachment().content().contains("UID:contribution-10@colloquium.example.ro"));

    Queued ion = queued().get(1);
    assertEquals("ion@ubb.ro", ion.to().value());
    assertTrue(
        ion.mail()
            .body()
            .contains(
                "“Morfosintaxă” (a session you chair)\n"
                    + "  was: Wednesday 13 May 2026, 09:00–10:30, Aula Magna\n"
                    + "  now: Wednesday 13 May 2026, 14:00–15:30, Sala Țițeica\n"),
        ion.mail().body());
    assertFalse(ion.mail().body().contains("Morfologia verbului"), "not his talk");
    assertFalse(ion.attachment().content().contains("contribution-10@"));
    assertEquals(
        2,
        SpeakerChangeMails.recipients(
            Map.of(10L, List.of(ANA)),
            chairs,
            SpeakerChanges.between(one, two),
            SpeakerChanges.sessionsBetween(one, two)),
        "the publish page counts the same people");
  }

  /** Ana has an account in Romanian; nobody else has one. */
  private static final class Accounts implements AccountDirectory {
    @Override
    public Optional<AccountRecord> findByEmail(EmailAddress email) {
      return email.value().equals("ana@uaic.ro")
          ? Optional.of(new AccountRecord(3L, email, "Ana Țurcanu", Language.RO, null, false))
          : Optional.empty();
    }

    @Override
    public Optional<AccountRecord> find(Long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isEmpty() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void lock(Long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<Long, AccountRecord> byIds(Collection<Long> ids) {
      throw new UnsupportedOperationException();
    }
  }

  /** Renders with the real templates, as the kernel's outbox does, and keeps what it got. */
}
