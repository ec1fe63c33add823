package org.colloquium.programme.domain.feeds;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeRoom;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.ProgrammeTrack;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.PublishedProgramme.EventFacts;
import org.colloquium.programme.api.RoomMode;
import org.colloquium.programme.api.SessionKind;

/**
 * A small three-day colloquium in Iași: parallel sessions, a panel, posters on boards, a coffee
 * break for everyone, a blocker the public must never see, and names in Romanian and Russian.
 * Release 2 moves contribution 401 half an hour later and swaps it with 402.
 */
final class FeedFixtures {

  static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  static final String SLUG = "cilr-2026";
  static final FeedLinks LINKS = new FeedLinks(URI.create("https://colloquium.example.ro/"), SLUG);

  static final String TRICKY_TITLE = "Formele <b>ea</b> & \"ia\" în textele 'vechi'";
  static final String CYRILLIC_NAME = "Дмитрий Ковалёв";
  static final String CYRILLIC_ABSTRACT =
      "Рассматриваются изменения румынского вокализма в памятниках XVI века; особое внимание"
          + " уделяется дифтонгам и их отражению в кириллической графике.";
  static final String ROMANIAN_ABSTRACT =
      "Studiul urmărește **evoluția** diftongilor în textele din secolul al XVI-lea, cu"
          + " exemple din [Codicele Voronețean](https://example.ro/cv) și din Psaltirea"
          + " Șcheiană; țesătura grafică a textelor arată schimbări în ș și ț.";

  static final Instant PUBLISHED_V1 = Instant.parse("2026-04-20T08:00:00Z");
  static final Instant PUBLISHED_V2 = Instant.parse("2026-05-02T12:30:00Z");

  static final ProgrammeRoom AULA =
      new ProgrammeRoom(1L, "Aula Magna „Ștefan Procopiu”", 300, RoomMode.IN_PERSON);
  static final ProgrammeRoom TITEICA = new ProgrammeRoom(2L, "Sala Țițeica", 60, RoomMode.HYBRID);
  static final ProgrammeRoom ONLINE = new ProgrammeRoom(3L, "Online", null, RoomMode.ONLINE);
  static final ProgrammeRoom HOL = new ProgrammeRoom(4L, "Holul central", 120, RoomMode.IN_PERSON);

  static final ProgrammeTrack HISTORICAL = new ProgrammeTrack(1L, "Lingvistică istorică");
  static final ProgrammeTrack SOCIO = new ProgrammeTrack(2L, "Sociolingvistică");

  private FeedFixtures() {}

  static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 5, 12 + day, hour, minute).atZone(BUCHAREST).toInstant();
  }

  static EventFacts event() {
    return new EventFacts(
        7L,
        SLUG,
        "Colocviul Internațional de Lingvistică Romanică",
        "Ediția a XII-a",
        at(1, 9, 0),
        at(3, 13, 0),
        BUCHAREST,
        "Universitatea „Alexandru Ioan Cuza” din Iași",
        "Bulevardul Carol I nr. 11, Iași",
        Language.RO,
        "Facultatea de Litere",
        List.of());
  }

  static ProgrammeAuthor author(String name, String family, String affiliation, boolean presents) {
    return new ProgrammeAuthor(name, family, affiliation, "RO", presents);
  }

  static ProgrammeContribution talk(
      long id,
      long sessionId,
      String title,
      String abstractMarkdown,
      String language,
      long trackId,
      String type,
      Instant start,
      Instant end,
      ProgrammeAuthor... authors) {
    return new ProgrammeContribution(
        id,
        sessionId,
        (int) id,
        title,
        abstractMarkdown,
        List.of("diftongi"),
        language,
        trackId,
        type,
        false,
        null,
        start,
        end,
        List.of(authors));
  }

  static ProgrammeContribution poster(long id, String board, String title, ProgrammeAuthor author) {
    return new ProgrammeContribution(
        id,
        5L,
        (int) id,
        title,
        "Poster despre " + title.toLowerCase(),
        List.of(),
        "ro",
        2L,
        "Poster",
        true,
        board,
        at(1, 12, 0),
        at(1, 13, 0),
        List.of(author));
  }

  static ProgrammeSession session(
      long id,
      SessionKind kind,
      String title,
      String description,
      Long roomId,
      Instant start,
      Instant end,
      Long trackId,
      List<String> chairs,
      ProgrammeContribution... contributions) {
    return new ProgrammeSession(
        id,
        kind,
        title,
        null,
        description,
        roomId,
        start,
        end,
        trackId,
        "ro",
        chairs,
        List.of(contributions));
  }

  /** Release 1 or 2 of the programme. */
  static PublishedProgramme programme(int version) {
    boolean moved = version >= 2;
    List<ProgrammeSession> sessions = new ArrayList<>();
    sessions.add(
        session(
            1L,
            SessionKind.KEYNOTE,
            "Conferința de deschidere",
            "Acad. Marius Sala: Vocabularul reprezentativ al limbilor romanice",
            1L,
            at(1, 9, 0),
            at(1, 10, 0),
            null,
            List.of("Ioana Țăranu")));
    sessions.add(
        session(
            2L,
            SessionKind.SESSION,
            "Fonetică istorică",
            null,
            1L,
            at(1, 10, 0),
            at(1, 11, 30),
            1L,
            List.of("Ioana Țăranu", "Mihai Ștefănescu"),
            talk(
                101L,
                2L,
                TRICKY_TITLE,
                ROMANIAN_ABSTRACT,
                "ro",
                1L,
                "Comunicare",
                at(1, 10, 0),
                at(1, 10, 30),
                author("Ștefan Mureșanu", "Mureșanu", "Universitatea din Iași", true),
                author("Ana Țurcanu", "Țurcanu", "Universitatea din Iași", false)),
            talk(
                102L,
                2L,
                "Вопросы исторической фонетики румынского языка",
                CYRILLIC_ABSTRACT,
                "ru",
                1L,
                "Comunicare",
                at(1, 10, 30),
                at(1, 11, 0),
                author(CYRILLIC_NAME, "Ковалёв", "Институт славяноведения РАН", true)),
            talk(
                103L,
                2L,
                "Vowel reduction in Aromanian",
                "A *phonetic* study.",
                "en",
                1L,
                "Comunicare",
                at(1, 11, 0),
                at(1, 11, 30),
                author("Elena Brâncoveanu", "Brâncoveanu", null, true))));
    sessions.add(
        session(
            3L,
            SessionKind.SESSION,
            "Sociolingvistică urbană",
            null,
            2L,
            at(1, 10, 0),
            at(1, 11, 30),
            2L,
            List.of("Radu Păsculescu"),
            talk(
                201L,
                3L,
                "Graiul orașului Iași",
                "Anchete de teren în cartierele Iașului.",
                "ro",
                2L,
                "Comunicare",
                at(1, 10, 0),
                at(1, 10, 30),
                author("Maria Rusu", "Rusu", "Universitatea din Iași", true)),
            talk(
                202L,
                3L,
                "Limba română în diaspora",
                "Masă de discuții cu invitați.",
                "ro",
                2L,
                "Panel",
                at(1, 10, 30),
                at(1, 11, 30),
                author("Cătălina Grigoraș", "Grigoraș", "Universitatea din București", true),
                author("Vasile Țâru", "Țâru", "Universitatea de Stat din Moldova", true),
                author("Olga Reabov", "Reabov", null, true))));
    sessions.add(
        session(
            4L,
            SessionKind.BREAK,
            "Pauză de cafea",
            null,
            null,
            at(1, 11, 30),
            at(1, 12, 0),
            null,
            List.of()));
    sessions.add(
        session(
            5L,
            SessionKind.POSTERS,
            "Sesiunea de postere",
            null,
            4L,
            at(1, 12, 0),
            at(1, 13, 0),
            null,
            List.of(),
            poster(
                301L,
                "P1",
                "Atlasul graiurilor din Bucovina",
                author("Ioan Hrițcu", "Hrițcu", "Universitatea din Suceava", true)),
            poster(
                302L,
                "P2",
                "Împrumuturi slave în toponimie",
                author("Lidia Șerban", "Șerban", null, true))));
    ProgrammeContribution c401 =
        talk(
            401L,
            6L,
            "Morfologia verbului în dacoromână",
            "Analiză de corpus.",
            "ro",
            1L,
            "Comunicare",
            moved ? at(2, 9, 30) : at(2, 9, 0),
            moved ? at(2, 10, 0) : at(2, 9, 30),
            author("Andrei Bălan", "Bălan", "Universitatea din Iași", true));
    ProgrammeContribution c402 =
        talk(
            402L,
            6L,
            "Adverbul în textele juridice",
            "Studiu de caz.",
            "ro",
            1L,
            "Comunicare",
            moved ? at(2, 9, 0) : at(2, 9, 30),
            moved ? at(2, 9, 30) : at(2, 10, 0),
            author("Irina Dobroș", "Dobroș", "Universitatea din Iași", true));
    sessions.add(
        session(
            6L,
            SessionKind.SESSION,
            "Morfosintaxă",
            null,
            2L,
            at(2, 9, 0),
            at(2, 10, 0),
            1L,
            List.of("Mihai Ștefănescu"),
            moved ? c402 : c401,
            moved ? c401 : c402));
    sessions.add(
        session(
            7L,
            SessionKind.PLENARY,
            "Plenara: limbile romanice azi",
            "Vorbesc invitații comitetului științific.",
            1L,
            at(2, 10, 0),
            at(2, 11, 0),
            null,
            List.of()));
    sessions.add(
        session(
            8L,
            SessionKind.BLOCKER,
            "Rezervat: montaj",
            null,
            2L,
            at(2, 11, 0),
            at(2, 12, 0),
            null,
            List.of()));
    sessions.add(
        session(
            9L,
            SessionKind.SESSION,
            "Închiderea colocviului",
            null,
            3L,
            at(3, 12, 0),
            at(3, 13, 0),
            null,
            List.of()));
    return new PublishedProgramme(
        event(),
        version,
        moved ? PUBLISHED_V2 : PUBLISHED_V1,
        moved ? "Comunicarea 401 s-a mutat la 9:30.\nComunicarea 402 începe la 9:00." : "",
        List.of(AULA, TITEICA, ONLINE, HOL),
        List.of(HISTORICAL, SOCIO),
        sessions);
  }
}
