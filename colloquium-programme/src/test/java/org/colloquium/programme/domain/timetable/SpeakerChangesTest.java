package org.colloquium.programme.domain.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.colloquium.kernel.i18n.Language;
import org.colloquium.programme.api.ProgrammeAuthor;
import org.colloquium.programme.api.ProgrammeContribution;
import org.colloquium.programme.api.ProgrammeRoom;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.RoomMode;
import org.colloquium.programme.api.SessionKind;
import org.colloquium.programme.domain.timetable.SpeakerChanges.Change;
import org.colloquium.programme.domain.timetable.SpeakerChanges.Notice;
import org.colloquium.programme.domain.timetable.SpeakerChanges.Speaker;
import org.junit.jupiter.api.Test;

class SpeakerChangesTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final List<ProgrammeRoom> ROOMS =
      List.of(
          new ProgrammeRoom(1L, "Aula", 200, RoomMode.HYBRID),
          new ProgrammeRoom(2L, "Sala Țițeica", 40, RoomMode.IN_PERSON));

  private static final Speaker ANA = new Speaker("Ana Țurcanu", "ana@uaic.ro");
  private static final Speaker ION = new Speaker("Ion Pop", "ion@ubb.ro");

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
        "ro",
        null,
        "Paper",
        false,
        null,
        start,
        start.plusSeconds(1200),
        List.of(new ProgrammeAuthor("Ana Țurcanu", "Țurcanu", null, "RO", true)));
  }

  private static ProgrammeSession session(
      long id, long room, Instant start, ProgrammeContribution... talks) {
    return new ProgrammeSession(
        id,
        SessionKind.SESSION,
        "Session " + id,
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
            "cilr",
            "CILR",
            null,
            at(9, 9, 0),
            at(11, 18, 0),
            BUCHAREST,
            "Iași",
            null,
            Language.RO,
            null,
            List.of()),
        version,
        at(1, 12, 0),
        "",
        ROOMS,
        List.of(),
        List.of(sessions));
  }

  private static List<Long> ids(List<Change> changes) {
    return changes.stream().map(Change::contributionId).toList();
  }

  @Test
  void aTalkAtAnotherTimeIsAChangeAndItsUnmovedNeighbourIsNot() {
    PublishedProgramme before =
        release(
            1,
            session(
                1, 1, at(9, 9, 0), talk(10, 1, "A", at(9, 9, 0)), talk(11, 1, "B", at(9, 9, 20))));
    PublishedProgramme after =
        release(
            2,
            session(
                1, 1, at(9, 9, 0), talk(10, 1, "A", at(9, 9, 40)), talk(11, 1, "B", at(9, 9, 20))));

    List<Change> changes = SpeakerChanges.between(before, after);

    assertEquals(List.of(10L), ids(changes));
    Change change = changes.get(0);
    assertFalse(change.removed());
    assertEquals(at(9, 9, 0), change.before().start());
    assertEquals(at(9, 9, 40), change.after().start());
    assertEquals("Aula", change.roomBefore());
    assertEquals("Aula", change.roomAfter());
  }

  @Test
  void aSessionMovedWholeToAnotherRoomMovesEveryTalkInIt() {
    PublishedProgramme before =
        release(
            1,
            session(
                1, 1, at(9, 9, 0), talk(10, 1, "A", at(9, 9, 0)), talk(11, 1, "B", at(9, 9, 20))));
    PublishedProgramme after =
        release(
            2,
            session(
                1, 2, at(9, 9, 0), talk(10, 1, "A", at(9, 9, 0)), talk(11, 1, "B", at(9, 9, 20))));

    List<Change> changes = SpeakerChanges.between(before, after);

    assertEquals(List.of(10L, 11L), ids(changes));
    assertEquals("Sala Țițeica", changes.get(1).roomAfter());
  }

  @Test
  void sessionsMovedOrTakenOutAreTheChairsChangesAndAnUnmovedOneIsNot() {
    PublishedProgramme before =
        release(
            1,
            session(1, 1, at(9, 9, 0)),
            session(2, 1, at(9, 11, 0)),
            session(3, 2, at(9, 9, 0)),
            session(4, 2, at(9, 11, 0)));
    PublishedProgramme after =
        release(
            2,
            session(1, 1, at(9, 9, 0)), // as it was
            session(2, 2, at(9, 11, 0)), // another room
            session(4, 2, at(10, 11, 0)), // another day
            session(5, 1, at(9, 14, 0))); // new: its chairs learn of it from the programme

    List<SpeakerChanges.SessionChange> changes = SpeakerChanges.sessionsBetween(before, after);

    assertEquals(
        List.of(2L, 3L, 4L),
        changes.stream().map(SpeakerChanges.SessionChange::sessionId).toList());
    assertEquals("Sala Țițeica", changes.get(0).roomAfter());
    assertTrue(changes.get(1).removed(), "session 3 was taken out");
    assertFalse(changes.get(2).removed());
  }

  @Test
  void aTalkTakenOutIsARemovalButOneAddedOrOnlyRenamedIsNothing() {
    PublishedProgramme before =
        release(
            1,
            session(
                1, 1, at(9, 9, 0), talk(10, 1, "A", at(9, 9, 0)), talk(11, 1, "B", at(9, 9, 20))));
    PublishedProgramme after =
        release(
            2,
            session(
                1,
                1,
                at(9, 9, 0),
                talk(11, 1, "B, renamed", at(9, 9, 20)),
                talk(12, 1, "New", at(9, 9, 40))));

    List<Change> changes = SpeakerChanges.between(before, after);

    assertEquals(List.of(10L), ids(changes));
    assertTrue(changes.get(0).removed());
    assertEquals("A", changes.get(0).title());
  }

  @Test
  void anotherSessionAtTheSameTimeInTheSameRoomIsNothingForTheSpeaker() {
    PublishedProgramme before =
        release(1, session(1, 1, at(9, 9, 0), talk(10, 1, "A", at(9, 9, 0))));
    PublishedProgramme after =
        release(
            2,
            session(1, 2, at(9, 9, 0)),
            session(2, 1, at(9, 9, 0), talk(10, 2, "A", at(9, 9, 0))));

    assertEquals(List.of(), SpeakerChanges.between(before, after));
  }

  @Test
  void eachSpeakerGetsOneNoticeWithAllTheirChangesWhateverTheCaseOfTheAddress() {
    PublishedProgramme before =
        release(
            1,
            session(
                1,
                1,
                at(9, 9, 0),
                talk(10, 1, "A", at(9, 9, 0)),
                talk(11, 1, "B", at(9, 9, 20)),
                talk(12, 1, "C", at(9, 9, 40))));
    PublishedProgramme after = release(2, session(1, 2, at(9, 14, 0)));
    List<Change> changes = SpeakerChanges.between(before, after);

    List<Notice> notices =
        SpeakerChanges.notices(
            changes,
            Map.of(
                10L, List.of(ANA),
                11L, List.of(new Speaker("Ana T.", "ANA@uaic.ro "), ION)),
            List.of(),
            Map.of());

    assertEquals(2, notices.size(), notices.toString());
    assertEquals(ANA, notices.get(0).speaker());
    assertEquals(List.of(10L, 11L), ids(notices.get(0).changes()));
    assertEquals(ION, notices.get(1).speaker());
    assertEquals(List.of(11L), ids(notices.get(1).changes()));
  }

  @Test
  void theMailSaysWhenAndWhereItWasAndIsInTheReadersLanguageAndTheEventsZone() {
    PublishedProgramme before =
        release(
            1,
            session(
                1,
                1,
                at(9, 9, 0),
                talk(10, 1, "Morfologia verbului", at(9, 9, 0)),
                talk(11, 1, "Adverbul", at(9, 9, 20))));
    PublishedProgramme after =
        release(2, session(1, 2, at(10, 14, 0), talk(10, 1, "Morfologia verbului", at(10, 14, 0))));
    List<Change> changes = SpeakerChanges.between(before, after);

    assertEquals(
        """
        „Morfologia verbului”
          înainte: joi, 9 noiembrie 2023, 09:00–09:20, Aula
          acum:    vineri, 10 noiembrie 2023, 14:00–14:20, Sala Țițeica

        „Adverbul”
          înainte: joi, 9 noiembrie 2023, 09:20–09:40, Aula
          acum:    scoasă din program
        """,
        SpeakerChanges.text(changes, List.of(), BUCHAREST, Language.RO));
    assertEquals(
        """
        “Morfologia verbului”
          was: Thursday 9 November 2023, 09:00–09:20, Aula
          now: Friday 10 November 2023, 14:00–14:20, Sala Țițeica

        “Adverbul”
          was: Thursday 9 November 2023, 09:20–09:40, Aula
          now: taken out of the programme
        """,
        SpeakerChanges.text(changes, List.of(), BUCHAREST, Language.EN));
  }
}
