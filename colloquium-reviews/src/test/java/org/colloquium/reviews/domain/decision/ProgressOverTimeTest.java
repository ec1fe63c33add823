package org.colloquium.reviews.domain.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.reviews.api.DayProgress;
import org.junit.jupiter.api.Test;

class ProgressOverTimeTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  @Test
  void nothingHandedInShowsNoDays() {
    assertEquals(
        List.of(), ProgressOverTime.of(List.of(), BUCHAREST, LocalDate.of(2027, 5, 1), true, 30));
  }

  @Test
  void everyDayFromTheFirstReviewToTodayQuietDaysIncluded() {
    List<DayProgress> days =
        ProgressOverTime.of(
            List.of(
                Instant.parse("2027-04-27T09:00:00Z"),
                Instant.parse("2027-04-27T15:00:00Z"),
                Instant.parse("2027-04-29T10:00:00Z")),
            BUCHAREST,
            LocalDate.of(2027, 5, 1),
            true,
            30);
    assertEquals(
        List.of(
            new DayProgress(LocalDate.of(2027, 4, 27), 2, 2),
            new DayProgress(LocalDate.of(2027, 4, 28), 0, 2),
            new DayProgress(LocalDate.of(2027, 4, 29), 1, 3),
            new DayProgress(LocalDate.of(2027, 4, 30), 0, 3),
            new DayProgress(LocalDate.of(2027, 5, 1), 0, 3)),
        days);
  }

  @Test
  void daysAreTheEventsDays() {
    // 22:30 UTC on 30 April is 1 May in Bucharest (UTC+3 in summer).
    List<DayProgress> days =
        ProgressOverTime.of(
            List.of(Instant.parse("2027-04-30T22:30:00Z")),
            BUCHAREST,
            LocalDate.of(2027, 5, 1),
            true,
            30);
    assertEquals(List.of(new DayProgress(LocalDate.of(2027, 5, 1), 1, 1)), days);
  }

  @Test
  void aLongReviewKeepsItsLastDaysAndCountsTheEarlierOnesSoFar() {
    List<DayProgress> days =
        ProgressOverTime.of(
            List.of(Instant.parse("2027-01-10T10:00:00Z"), Instant.parse("2027-04-30T10:00:00Z")),
            BUCHAREST,
            LocalDate.of(2027, 5, 1),
            true,
            3);
    assertEquals(
        List.of(
            new DayProgress(LocalDate.of(2027, 4, 29), 0, 1),
            new DayProgress(LocalDate.of(2027, 4, 30), 1, 2),
            new DayProgress(LocalDate.of(2027, 5, 1), 0, 2)),
        days);
  }

  @Test
  void aReviewAfterTodayInTheZoneStillEndsTheChart() {
    List<DayProgress> days =
        ProgressOverTime.of(
            List.of(Instant.parse("2027-05-03T10:00:00Z")),
            BUCHAREST,
            LocalDate.of(2027, 5, 1),
            true,
            30);
    assertEquals(List.of(new DayProgress(LocalDate.of(2027, 5, 3), 1, 1)), days);
  }

  @Test
  void onceNoReviewIsDueTheChartEndsWithTheLastOne() {
    List<DayProgress> days =
        ProgressOverTime.of(
            List.of(Instant.parse("2023-09-18T10:00:00Z"), Instant.parse("2023-09-19T10:00:00Z")),
            BUCHAREST,
            LocalDate.of(2026, 12, 4),
            false,
            42);
    assertEquals(
        List.of(
            new DayProgress(LocalDate.of(2023, 9, 18), 1, 1),
            new DayProgress(LocalDate.of(2023, 9, 19), 1, 2)),
        days);
  }
}
