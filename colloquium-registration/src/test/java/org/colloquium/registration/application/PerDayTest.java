package org.colloquium.registration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.colloquium.registration.api.RegistrantsView;
import org.junit.jupiter.api.Test;

class PerDayTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  @Test
  void daysAreTheEventsAndTheQuietOnesCountZero() {
    List<RegistrantsView.Day> days =
        DefaultRegistrants.perDay(
            List.of(
                Instant.parse("2026-12-01T21:30:00Z"), // 23:30 in Bucharest: the 1st
                Instant.parse("2026-12-01T22:30:00Z"), // 00:30 in Bucharest: the 2nd
                Instant.parse("2026-12-04T09:00:00Z")),
            BUCHAREST);
    assertEquals(
        List.of(
            new RegistrantsView.Day("2026-12-01", 1),
            new RegistrantsView.Day("2026-12-02", 1),
            new RegistrantsView.Day("2026-12-03", 0),
            new RegistrantsView.Day("2026-12-04", 1)),
        days);
  }

  @Test
  void aLongHistoryKeepsItsLastYear() {
    List<RegistrantsView.Day> days =
        DefaultRegistrants.perDay(
            List.of(Instant.parse("2020-01-01T10:00:00Z"), Instant.parse("2026-12-04T10:00:00Z")),
            BUCHAREST);
    assertEquals(DefaultRegistrants.MAX_DAYS, days.size());
    assertEquals("2026-12-04", days.get(days.size() - 1).label());
    assertEquals(List.of(), DefaultRegistrants.perDay(List.of(), BUCHAREST));
  }
}
