package org.colloquium.programme.domain.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquium.programme.api.ProgrammeWarning;
import org.colloquium.programme.api.SessionKind;
import org.colloquium.programme.api.Severity;
import org.colloquium.programme.api.WarningKind;
import org.colloquium.programme.domain.timetable.Timetable.Absence;
import org.colloquium.programme.domain.timetable.Timetable.Block;
import org.colloquium.programme.domain.timetable.Timetable.Item;
import org.colloquium.programme.domain.timetable.Timetable.Room;
import org.junit.jupiter.api.Test;

class WarningsTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private static final LocalDate DAY = LocalDate.of(2023, 11, 9);

  private final List<Room> rooms =
      new ArrayList<>(List.of(new Room(1L, "Aula", 200), new Room(2L, "Sala 2", 30)));
  private final List<Block> sessions = new ArrayList<>();
  private final List<Item> items = new ArrayList<>();
  private final List<Absence> absences = new ArrayList<>();

  private static Instant at(int hour, int minute) {
    return DAY.atTime(hour, minute).atZone(BUCHAREST).toInstant();
  }

  private Block session(long id, long room, int from, int to, Long track, String... chairs) {
    Block block =
        new Block(
            id,
            SessionKind.SESSION,
            "S" + id,
            room,
            at(from, 0),
            at(to, 0),
            track,
            null,
            Set.of(chairs));
    sessions.add(block);
    return block;
  }

  private void talk(
      long id,
      Block session,
      int fromHour,
      int fromMinute,
      int minutes,
      Long track,
      String... speakers) {
    Instant start = at(fromHour, fromMinute);
    items.add(
        new Item(
            id,
            "T" + id,
            session.id(),
            start,
            start.plusSeconds(60L * minutes),
            minutes,
            false,
            track,
            "Track " + track,
            Set.of(speakers)));
  }

  private List<ProgrammeWarning> warnings() {
    return warnings(Map.of());
  }

  private List<ProgrammeWarning> warnings(Map<WarningKind, Severity> chosen) {
    return Warnings.of(
        new Timetable(
            BUCHAREST,
            DAY,
            DAY.plusDays(2),
            rooms,
            sessions,
            items,
            absences,
            Map.of("ana@example.org", "Ana Ștefănescu")),
        chosen);
  }

  private static List<WarningKind> kinds(List<ProgrammeWarning> warnings) {
    return warnings.stream().map(ProgrammeWarning::kind).toList();
  }

  @Test
  void aSpeakerInTwoParallelSessionsIsDoubleBookedAndBlocksPublishing() {
    Block a = session(1, 1, 9, 11, null);
    Block b = session(2, 2, 10, 12, null);
    talk(10, a, 9, 50, 20, null, "ana@example.org");
    talk(11, b, 10, 0, 20, null, "ana@example.org");

    List<ProgrammeWarning> found = warnings();

    assertEquals(List.of(WarningKind.SPEAKER_DOUBLE_BOOKED), kinds(found));
    assertEquals("Ana Ștefănescu", found.get(0).args().get(0));
    assertTrue(Warnings.blocksPublishing(found));
  }

  @Test
  void talksThatTouchButDoNotOverlapAreFine() {
    Block a = session(1, 1, 9, 11, null);
    Block b = session(2, 2, 9, 11, null);
    talk(10, a, 9, 0, 20, null, "ana@example.org");
    talk(11, b, 9, 20, 20, null, "ana@example.org");

    assertEquals(List.of(), warnings());
  }

  @Test
  void twoTalksOfOneSpeakerInOneSessionAreNotADoubleBooking() {
    Block a = session(1, 1, 9, 11, null);
    talk(10, a, 9, 0, 20, null, "ana@example.org");
    talk(11, a, 9, 20, 20, null, "ana@example.org");

    assertEquals(List.of(), warnings());
  }

  @Test
  void aChairWhoPresentsInAParallelSessionIsDoubleBookedButNotInTheirOwn() {
    Block chaired = session(1, 1, 9, 11, null, "ana@example.org");
    Block other = session(2, 2, 9, 11, null);
    talk(10, chaired, 9, 0, 20, null, "ana@example.org");
    assertEquals(List.of(), warnings());

    talk(11, other, 10, 0, 20, null, "ana@example.org");
    assertEquals(List.of(WarningKind.SPEAKER_DOUBLE_BOOKED), kinds(warnings()));
  }

  @Test
  void twoSessionsInOneRoomAtOnceAreReported() {
    session(1, 1, 9, 11, null);
    session(2, 1, 10, 12, null);
    session(3, 1, 12, 13, null);

    List<ProgrammeWarning> found = warnings();

    assertEquals(List.of(WarningKind.ROOM_DOUBLE_BOOKED), kinds(found));
    assertEquals(2L, found.get(0).sessionId());
  }

  @Test
  void aSpeakerOutsideTheirAvailabilityIsReported() {
    Block a = session(1, 1, 9, 11, null);
    talk(10, a, 9, 0, 20, null, "ana@example.org");
    absences.add(new Absence("ana@example.org", null, at(8, 0), at(9, 10)));

    assertEquals(List.of(WarningKind.SPEAKER_UNAVAILABLE), kinds(warnings()));
  }

  @Test
  void aRoomTooSmallForTheAudienceIsReported() {
    sessions.add(
        new Block(1L, SessionKind.SESSION, "Big", 2L, at(9, 0), at(10, 0), null, 31, Set.of()));
    sessions.add(
        new Block(2L, SessionKind.SESSION, "Fits", 2L, at(10, 0), at(11, 0), null, 30, Set.of()));

    List<ProgrammeWarning> found = warnings();

    assertEquals(List.of(WarningKind.ROOM_TOO_SMALL), kinds(found));
    assertEquals(List.of("Sala 2", "Big", "31", "30"), found.get(0).args());
  }

  @Test
  void aSessionWhoseTalksLastLongerOverruns() {
    Block a = session(1, 1, 9, 10, null);
    talk(10, a, 9, 0, 40, null);
    talk(11, a, 9, 40, 30, null);

    List<ProgrammeWarning> found = warnings();

    assertEquals(List.of(WarningKind.SESSION_OVERRUN), kinds(found));
    assertEquals("10", found.get(0).args().get(1));
  }

  @Test
  void oneTrackInTwoParallelSessionsIsReportedOncePerPairOfSessions() {
    Block a = session(1, 1, 9, 11, null);
    Block b = session(2, 2, 9, 11, null);
    talk(10, a, 9, 0, 30, 7L);
    talk(11, a, 9, 30, 30, 7L);
    talk(12, b, 9, 0, 30, 7L);
    talk(13, b, 9, 30, 30, 7L);

    assertEquals(List.of(WarningKind.TRACK_IN_PARALLEL), kinds(warnings()));
  }

  @Test
  void unscheduledContributionsAndSessionsOutsideTheEventAreListed() {
    items.add(new Item(10L, "Lost", null, null, null, 20, false, null, null, Set.of()));
    sessions.add(
        new Block(
            1L,
            SessionKind.BREAK,
            "Coffee",
            null,
            DAY.plusDays(3).atTime(10, 0).atZone(BUCHAREST).toInstant(),
            DAY.plusDays(3).atTime(10, 30).atZone(BUCHAREST).toInstant(),
            null,
            null,
            Set.of()));

    assertEquals(List.of(WarningKind.UNSCHEDULED, WarningKind.OUTSIDE_EVENT), kinds(warnings()));
  }

  @Test
  void organisersChooseWhatIsIgnoredWarnedOrBlocking() {
    session(1, 1, 9, 11, null);
    session(2, 1, 10, 12, null);

    List<ProgrammeWarning> warned = warnings(Map.of(WarningKind.ROOM_DOUBLE_BOOKED, Severity.WARN));
    assertEquals(1, warned.size());
    assertFalse(Warnings.blocksPublishing(warned));

    assertEquals(List.of(), warnings(Map.of(WarningKind.ROOM_DOUBLE_BOOKED, Severity.IGNORE)));
  }
}
