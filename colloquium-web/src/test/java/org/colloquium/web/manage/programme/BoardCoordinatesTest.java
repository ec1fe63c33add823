package org.colloquium.web.manage.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BoardCoordinatesTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
  private final BoardCoordinates board =
      new BoardCoordinates(LocalDate.of(2023, 11, 9), BUCHAREST, 4);

  @Test
  void aRoomIsADayOfTheWidgetAndTimesStayTheEventsWallClock() {
    Instant nineInBucharest = Instant.parse("2023-11-09T07:00:00Z");
    assertEquals(LocalDateTime.of(2023, 11, 9, 9, 0), board.at(0, nineInBucharest));
    assertEquals(LocalDateTime.of(2023, 11, 12, 9, 0), board.at(3, nineInBucharest));
  }

  @Test
  void aShownTimeGoesBackToItsRoomAndMoment() {
    LocalDateTime shown = LocalDateTime.of(2023, 11, 11, 14, 30);
    assertEquals(2, board.column(shown));
    assertEquals(Instant.parse("2023-11-09T12:30:00Z"), board.moment(shown));
  }

  @Test
  void outsideTheRoomsIsNoColumn() {
    assertEquals(-1, board.column(LocalDateTime.of(2023, 11, 8, 10, 0)));
    assertEquals(-1, board.column(LocalDateTime.of(2023, 11, 13, 10, 0)));
  }

  @Test
  void aSessionPastMidnightStopsAtTheEndOfItsColumn() {
    Instant nextMorning = Instant.parse("2023-11-10T05:00:00Z");
    assertEquals(LocalDateTime.of(2023, 11, 11, 0, 0), board.at(1, nextMorning));
  }

  @Test
  void aDayWithAClockChangeKeepsWallClockTimes() {
    BoardCoordinates autumn = new BoardCoordinates(LocalDate.of(2023, 10, 29), BUCHAREST, 2);
    // 29 October 2023: clocks went back at 04:00 in Bucharest, so 10:00 local is 08:00 UTC.
    Instant ten = Instant.parse("2023-10-29T08:00:00Z");
    assertEquals(
        LocalDateTime.of(2023, 10, 30, 10, 0).toLocalTime(), autumn.at(1, ten).toLocalTime());
    assertEquals(ten, autumn.moment(LocalDateTime.of(2023, 10, 30, 10, 0)));
  }
}
