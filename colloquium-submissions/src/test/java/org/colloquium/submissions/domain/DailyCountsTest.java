package org.colloquium.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyCountsTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  @Test
  void daysWithoutSubmissionsAreIncluded() {
    var days =
        DailyCounts.of(
            List.of(LocalDateTime.of(2026, 3, 2, 10, 0).atZone(BUCHAREST).toInstant()),
            BUCHAREST,
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 4));
    assertEquals(
        List.of(
            new DailyCounts.Day(LocalDate.of(2026, 3, 1), 0),
            new DailyCounts.Day(LocalDate.of(2026, 3, 2), 1),
            new DailyCounts.Day(LocalDate.of(2026, 3, 3), 0),
            new DailyCounts.Day(LocalDate.of(2026, 3, 4), 0)),
        days);
  }

  @Test
  void daysAreTheEventZonesCalendarDaysAcrossTheChangeToSummerTime() {
    // 29 March 2026 has 23 hours in Bucharest: 03:00 becomes 04:00.
    var justBeforeMidnight = LocalDateTime.of(2026, 3, 29, 23, 59).atZone(BUCHAREST).toInstant();
    var justAfterMidnight = LocalDateTime.of(2026, 3, 30, 0, 1).atZone(BUCHAREST).toInstant();
    // 22:30 UTC on the 29th is already the 30th in Bucharest (UTC+3 from that morning).
    var utcEvening = LocalDateTime.of(2026, 3, 29, 22, 30).atZone(ZoneId.of("UTC")).toInstant();
    var days =
        DailyCounts.of(
            List.of(justBeforeMidnight, justAfterMidnight, utcEvening),
            BUCHAREST,
            LocalDate.of(2026, 3, 28),
            LocalDate.of(2026, 3, 30));
    assertEquals(3, days.size());
    assertEquals(1, days.get(1).count(), "29 March");
    assertEquals(2, days.get(2).count(), "30 March");
  }

  @Test
  void theChangeBackToWinterTimeIsStillOneDay() {
    // 25 October 2026 has 25 hours in Bucharest.
    var early = LocalDateTime.of(2026, 10, 25, 0, 30).atZone(BUCHAREST).toInstant();
    var late = LocalDateTime.of(2026, 10, 25, 23, 30).atZone(BUCHAREST).toInstant();
    var days =
        DailyCounts.of(
            List.of(early, late),
            BUCHAREST,
            LocalDate.of(2026, 10, 25),
            LocalDate.of(2026, 10, 25));
    assertEquals(List.of(new DailyCounts.Day(LocalDate.of(2026, 10, 25), 2)), days);
  }

  @Test
  void submissionsOutsideTheRangeWidenIt() {
    var afterDeadline = LocalDateTime.of(2026, 3, 6, 0, 5).atZone(BUCHAREST).toInstant();
    var days =
        DailyCounts.of(
            List.of(afterDeadline), BUCHAREST, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
    assertEquals(3, days.size());
    assertEquals(new DailyCounts.Day(LocalDate.of(2026, 3, 6), 1), days.get(2));
  }
}
