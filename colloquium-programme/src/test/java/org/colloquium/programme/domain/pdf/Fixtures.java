package org.colloquium.programme.domain.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeRoom;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.ProgrammeTrack;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.RoomMode;
import org.colloquium.programme.api.SessionKind;

/** Programmes to print: a small realistic conference and one whose users try to inject markup. */
final class Fixtures {

  static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");
  static final LocalDate DAY_1 = LocalDate.of(2026, 5, 12);
  static final String LOGO_SHA = "a".repeat(64);
  static final String HOSTILE_TITLE = "<script>alert('x')</script> and <img src=x> then </div>";
  static final String HOSTILE_CSS = "body { display: none } @page { size: 1mm }";

  private Fixtures() {}

  static byte[] logoPng() {
    BufferedImage image = new BufferedImage(24, 12, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x2f, 0x5d, 0x8a));
    g.fillRect(0, 0, 24, 12);
    g.setColor(Color.WHITE);
    g.fillOval(6, 2, 8, 8);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static LogoSource logos() {
    byte[] png = logoPng();
    return sha -> LOGO_SHA.equals(sha) ? Optional.of(png) : Optional.empty();
  }

  static Instant at(int day, int hour, int minute) {
    return DAY_1.plusDays(day - 1L).atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
  }

  static ProgrammeAuthor author(String full, String family, String affiliation, boolean presents) {
    return new ProgrammeAuthor(full, family, affiliation, "RO", presents);
  }

  private static long nextId = 1;

  private static ProgrammeContribution talk(
      long sessionId,
      String title,
      String lang,
      Long track,
      String type,
      Instant start,
      String markdown,
      List<ProgrammeAuthor> authors) {
    long id = nextId++;
    return new ProgrammeContribution(
        id,
        sessionId,
        (int) id,
        title,
        markdown,
        List.of("keyword " + id, "cuvânt-cheie"),
        lang,
        track,
        type,
        false,
        null,
        start,
        start.plusSeconds(20 * 60),
        authors);
  }

  private static ProgrammeContribution poster(
      long sessionId, String title, String board, Instant start, List<ProgrammeAuthor> authors) {
    long id = nextId++;
    return new ProgrammeContribution(
        id,
        sessionId,
        (int) id,
        title,
        "A poster about *" + title + "*.",
        List.of("poster"),
        "en",
        3L,
        "Poster",
        true,
        board,
        start,
        start.plusSeconds(90 * 60),
        authors);
  }

  static PublishedProgramme.EventFacts event(Language language) {
    return new PublishedProgramme.EventFacts(
        7L,
        "cnf-2026",
        "Conferința Națională de Fizică 2026",
        "Ediția a XII-a — fizică și societate",
        at(1, 9, 0),
        at(3, 18, 0),
        ZONE,
        "Universitatea „Alexandru Ioan Cuza” din Iași",
        "Bulevardul Carol I 11, Iași",
        language,
        "Societatea Română de Fizică",
        List.of(
            new PublishedProgramme.Partner("Institutul de Fizică Atomică", LOGO_SHA),
            new PublishedProgramme.Partner("Київський університет", null)));
  }

  static final List<ProgrammeTrack> TRACKS =
      List.of(
          new ProgrammeTrack(1L, "Fizică nucleară"),
          new ProgrammeTrack(2L, "Condensed matter"),
          new ProgrammeTrack(3L, "Astrophysics"));

  static final List<ProgrammeRoom> ROOMS =
      List.of(
          new ProgrammeRoom(1L, "Aula Magna", 400, RoomMode.HYBRID),
          new ProgrammeRoom(2L, "Sala A1", 60, RoomMode.IN_PERSON),
          new ProgrammeRoom(3L, "Sala A2", 60, RoomMode.IN_PERSON),
          new ProgrammeRoom(4L, "Online 1", null, RoomMode.ONLINE),
          new ProgrammeRoom(5L, "Holul central", 200, RoomMode.IN_PERSON));

  /**
   * Three days: a keynote, two rounds of three parallel sessions with a coffee break between them,
   * a panel, a poster session on boards, Romanian and Cyrillic names.
   */
  static PublishedProgramme realistic(Language language) {
    nextId = 1;
    List<ProgrammeSession> sessions = new ArrayList<>();
    ProgrammeAuthor stefan = author("Ștefan Țîrcă", "Țîrcă", "Universitatea din București", true);
    ProgrammeAuthor olena =
        new ProgrammeAuthor("Олена Коваленко", "Коваленко", "Київський університет", "UA", true);
    ProgrammeAuthor ana = author("Ana Ionescu", "Ionescu", "IFIN-HH", true);
    ProgrammeAuthor andrei = author("Andrei Anghel", "Anghel", "UAIC Iași", false);
    ProgrammeAuthor serban = author("Șerban Suciu", "Suciu", "Universitatea de Vest", true);
    ProgrammeAuthor szabo = author("Ildikó Szabó", "Szabó", "UBB Cluj", true);
    ProgrammeAuthor aron = author("Maria Aron", "Aron", null, true);
    ProgrammeAuthor john = new ProgrammeAuthor("John Smith", "Smith", "CERN", "CH", true);
    ProgrammeAuthor irina = author("Irina Șova", "Șova", "Universitatea din Craiova", true);
    List<ProgrammeAuthor> people = List.of(stefan, olena, ana, serban, szabo, aron, john, irina);
    long sessionId = 1;
    sessions.add(
        new ProgrammeSession(
            sessionId++,
            SessionKind.KEYNOTE,
            "Neutrinii și universul timpuriu",
            "Neutrinos and the early universe",
            "Invited talk by John Smith",
            1L,
            at(1, 9, 0),
            at(1, 10, 0),
            null,
            "ro",
            List.of("Ana Ionescu"),
            List.of()));
    for (int day = 1; day <= 3; day++) {
      for (int round = 0; round < 2; round++) {
        int hour = round == 0 ? 10 : 14;
        if (day == 1 && round == 0) {
          hour = 11;
        }
        for (int room = 1; room <= 3; room++) {
          long id = sessionId++;
          long track = room;
          List<ProgrammeContribution> talks = new ArrayList<>();
          for (int t = 0; t < 3; t++) {
            ProgrammeAuthor first = people.get((day * 7 + round * 3 + room + t) % people.size());
            ProgrammeAuthor second = t == 1 ? andrei : people.get((day + room + t) % people.size());
            List<ProgrammeAuthor> authors =
                first.equals(second) ? List.of(first) : List.of(first, second);
            boolean romanian = (room + t) % 2 == 0;
            talks.add(
                talk(
                    id,
                    romanian
                        ? "Studiul structurii nucleelor ușoare " + id + "." + t
                        : "Spin dynamics in layered magnets " + id + "." + t,
                    romanian ? "ro" : "en",
                    room == 3 && t == 2 ? null : track,
                    "Paper",
                    at(day, hour, 20 * t),
                    (romanian ? "Rezumat **important**: ș ț ă â î.\n\n" : "An *abstract*.\n\n")
                        + "- first point\n- second point\n",
                    authors));
          }
          sessions.add(
              new ProgrammeSession(
                  id,
                  SessionKind.SESSION,
                  TRACKS.get(room - 1).name() + " " + day + "." + round,
                  room == 1 ? "Nuclear physics " + day + "." + round : null,
                  null,
                  (long) room,
                  at(day, hour, 0),
                  at(day, hour + 1, 0),
                  track,
                  null,
                  List.of("Maria Aron", "Олена Коваленко"),
                  talks));
        }
        if (round == 0) {
          sessions.add(
              new ProgrammeSession(
                  sessionId++,
                  SessionKind.BREAK,
                  "Pauză de cafea",
                  "Coffee break",
                  null,
                  null,
                  at(day, hour + 1, 0),
                  at(day, hour + 1, 30),
                  null,
                  null,
                  List.of(),
                  List.of()));
        }
      }
    }
    long panelSession = sessionId++;
    sessions.add(
        new ProgrammeSession(
            panelSession,
            SessionKind.SESSION,
            "Panel: Physics education in Romania",
            "Panel: Educația în fizică",
            null,
            4L,
            at(2, 16, 0),
            at(2, 17, 0),
            null,
            "en",
            List.of("John Smith"),
            List.of(
                talk(
                    panelSession,
                    "Teaching quantum mechanics to teenagers",
                    "en",
                    null,
                    "Panel",
                    at(2, 16, 0),
                    "A panel with four teachers.",
                    List.of(serban, szabo, aron)))));
    long posterSession = sessionId++;
    List<ProgrammeContribution> posters = new ArrayList<>();
    for (int b = 1; b <= 6; b++) {
      posters.add(
          poster(
              posterSession,
              "Poster on detector calibration " + b,
              "P" + b,
              at(3, 16, 0),
              List.of(people.get(b % people.size()))));
    }
    sessions.add(
        new ProgrammeSession(
            posterSession,
            SessionKind.POSTERS,
            "Sesiunea de postere",
            "Poster session",
            null,
            5L,
            at(3, 16, 0),
            at(3, 17, 30),
            3L,
            null,
            List.of("Ștefan Țîrcă"),
            posters));
    sessions.sort(
        java.util.Comparator.comparing(ProgrammeSession::start)
            .thenComparing(s -> s.roomId() == null ? 0L : s.roomId()));
    return new PublishedProgramme(
        event(language), 2, at(1, 8, 0).minusSeconds(86400 * 10), "", ROOMS, TRACKS, sessions);
  }

  /** One session whose every user-written text tries to become markup or style. */
  static PublishedProgramme hostile(Language language) {
    ProgrammeAuthor author =
        new ProgrammeAuthor("<b>Eve</b> </div>", "</div>", "<img src=x> Inc.", "RO", true);
    ProgrammeContribution contribution =
        new ProgrammeContribution(
            1L,
            1L,
            1,
            HOSTILE_TITLE,
            "Text <script>alert(1)</script> inline.\n\n<div style=\"color:red\">block "
                + HOSTILE_CSS
                + "</div>\n\n[link](javascript:alert(1)) ![pic](http://example.invalid/x.png)",
            List.of("</p><p>", HOSTILE_CSS),
            "en",
            1L,
            "Paper",
            false,
            null,
            at(1, 10, 0),
            at(1, 10, 20),
            List.of(author));
    ProgrammeSession session =
        new ProgrammeSession(
            1L,
            SessionKind.SESSION,
            HOSTILE_CSS,
            "</h3><h1>Second</h1>",
            "<style>* { color: red }</style>",
            1L,
            at(1, 10, 0),
            at(1, 11, 0),
            1L,
            "en",
            List.of("<script>chair()</script>"),
            List.of(contribution));
    PublishedProgramme.EventFacts facts = event(language);
    PublishedProgramme.EventFacts hostileFacts =
        new PublishedProgramme.EventFacts(
            facts.id(),
            facts.slug(),
            "Event </title><script>x</script>",
            "\"; } @page { margin: 0 } \"",
            facts.start(),
            facts.end(),
            facts.zone(),
            "<iframe src=x>",
            facts.venueAddress(),
            facts.language(),
            "<b>Org</b>",
            List.of(new PublishedProgramme.Partner("<img src=x onerror=alert(1)>", LOGO_SHA)));
    return new PublishedProgramme(
        hostileFacts, 1, at(1, 8, 0), "", ROOMS, TRACKS.subList(0, 1), List.of(session));
  }
}
