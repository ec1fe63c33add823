package org.colloquium.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.colloquium.events.api.EventSchedule;
import org.junit.jupiter.api.Test;

class EditionShiftTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  @Test
  void weeksKeepTheWallClockTimeAcrossTheDaylightSavingChange() {
    // Saturday 24 October 2026, 9:00 EEST (+03); a week later the clocks are back on EET (+02).
    var start = LocalDateTime.of(2026, 10, 24, 9, 0).atZone(BUCHAREST).toInstant();
    var end = LocalDateTime.of(2026, 10, 24, 18, 0).atZone(BUCHAREST).toInstant();
    EventSchedule moved =
        new EditionShift(1, ChronoUnit.WEEKS).apply(new EventSchedule(start, end, BUCHAREST));
    assertEquals(LocalDateTime.of(2026, 10, 31, 9, 0), moved.localStart().toLocalDateTime());
    assertEquals(Duration.ofDays(7).plusHours(1), Duration.between(start, moved.start()));
  }

  @Test
  void yearsKeepTheDate() {
    var start = LocalDateTime.of(2026, 3, 5, 9, 0).atZone(BUCHAREST).toInstant();
    var moved = new EditionShift(2, ChronoUnit.YEARS).apply(start, BUCHAREST);
    assertEquals(LocalDateTime.of(2028, 3, 5, 9, 0), moved.atZone(BUCHAREST).toLocalDateTime());
  }

  @Test
  void onlyWholeWeeksOrYearsWithinReason() {
    assertTrue(EditionShift.isValid(0, ChronoUnit.WEEKS));
    assertTrue(EditionShift.isValid(52, ChronoUnit.WEEKS));
    assertFalse(EditionShift.isValid(-1, ChronoUnit.WEEKS));
    assertFalse(EditionShift.isValid(11, ChronoUnit.YEARS));
    assertFalse(EditionShift.isValid(3, ChronoUnit.DAYS));
    assertFalse(EditionShift.isValid(1, null));
    assertThrows(IllegalArgumentException.class, () -> new EditionShift(1, ChronoUnit.MONTHS));
  }
}
