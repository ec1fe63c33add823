package org.colloquium.programme.domain.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeRoom;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.RoomMode;
import org.colloquium.programme.api.SessionKind;
import org.junit.jupiter.api.Test;

class ChangelogTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final List<ProgrammeRoom> ROOMS =
      List.of(
          new ProgrammeRoom(1L, "Aula", 200, RoomMode.HYBRID),
          new ProgrammeRoom(2L, "Sala 2", 40, RoomMode.IN_PERSON));

  private static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2023, 11, day, hour, minute).atZone(BUCHAREST).toInstant();
  }

  private static ProgrammeContribution talk(long id, long session, String title, Instant start) {
    return new ProgrammeContribution(
        id,
        session,
        (int) id,
        title,
        "Abstract.",
        List.of(),
        "en",
        null,
        "Paper",
        false,
        null,
        start,
        start.plusSeconds(1200),
        List.of(new ProgrammeAuthor("Ana Pop", "Pop", null, "RO", true)));
  }

  private static ProgrammeSession session(
      long id, String title, long room, Instant start, ProgrammeContribution... talks) {
    return new ProgrammeSession(
        id,
        SessionKind.SESSION,
        title,
        null,
        null,
        room,
        start,
        start.plusSeconds(5400),
        null,
        null,
        List.of(),
        List.of(talks));
  }

  private static PublishedProgramme release(int version, ProgrammeSession... sessions) {
    return new PublishedProgramme(
        new PublishedProgramme.EventFacts(
            9L,
            "past",
            "Past",
            null,
            at(9, 9, 0),
            at(11, 18, 0),
            BUCHAREST,
            "Bucharest",
            null,
            Language.EN,
            null,
            List.of()),
        version,
        at(1, 12, 0),
        "",
        ROOMS,
        List.of(),
        List.of(sessions));
  }

  @Test
  void aTalkMovedToAnotherDayIsOneMovedLineNotARemovalAndAnAddition() {
    PublishedProgramme before =
        release(
            1,
            session(1, "Morning", 1, at(9, 9, 0), talk(10, 1, "Sanctions", at(9, 9, 0))),
            session(2, "Next day", 2, at(10, 9, 0)));
    PublishedProgramme after =
        release(
            2,
            session(1, "Morning", 1, at(9, 9, 0)),
            session(2, "Next day", 2, at(10, 9, 0), talk(10, 2, "Sanctions", at(10, 9, 0))));

    List<String> lines = Changelog.between(before, after, Language.EN);

    assertEquals(
        List.of("Moved: “Sanctions”, Thu 9 Nov 09:00, Aula → Fri 10 Nov 09:00, Sala 2"), lines);
  }

  @Test
  void addedRemovedAndRenamedAreSaidInTheEventsLanguage() {
    PublishedProgramme before =
        release(
            1,
            session(1, "Morning", 1, at(9, 9, 0), talk(10, 1, "Old title", at(9, 9, 0))),
            session(3, "Gone", 2, at(9, 11, 0)));
    PublishedProgramme after =
        release(
            2,
            session(
                1,
                "Morning",
                1,
                at(9, 9, 0),
                talk(10, 1, "New title", at(9, 9, 0)),
                talk(11, 1, "Fresh", at(9, 9, 20))));

    List<String> lines = Changelog.between(before, after, Language.RO);

    assertTrue(lines.contains("Redenumit: „Old title” → „New title”"), lines.toString());
    assertTrue(lines.contains("Adăugat: „Fresh”, joi 9 nov. 09:20, Aula"), lines.toString());
    assertTrue(lines.contains("Eliminat: „Gone”"), lines.toString());
    assertEquals(3, lines.size(), lines.toString());
  }

  @Test
  void aSessionMovedWholeIsOneLineForTheSessionNotOnePerTalk() {
    PublishedProgramme before =
        release(1, session(1, "Morning", 1, at(9, 9, 0), talk(10, 1, "A", at(9, 9, 0))));
    PublishedProgramme after =
        release(2, session(1, "Morning", 1, at(9, 14, 0), talk(10, 1, "A", at(9, 14, 0))));

    List<String> lines = Changelog.between(before, after, Language.EN);

    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("Moved: “Morning”"), lines.toString());
  }

  @Test
  void nothingPublicChangedIsNoLine() {
    PublishedProgramme one =
        release(1, session(1, "Morning", 1, at(9, 9, 0), talk(10, 1, "A", at(9, 9, 0))));
    assertEquals(List.of(), Changelog.between(one, one, Language.EN));
    assertFalse(Changelog.moved(one.contributions().get(0), one.contributions().get(0)));
  }
}
