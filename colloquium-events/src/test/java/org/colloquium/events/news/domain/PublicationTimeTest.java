package org.colloquium.events.news.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PublicationTimeTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  @Test
  void aTimeIsReadInTheZoneGiven() {
    assertEquals(
        Instant.parse("2026-01-15T08:00:00Z"),
        PublicationTime.parse("2026-01-15T10:00", BUCHAREST).orElseThrow());
    assertEquals(
        Instant.parse("2026-07-15T07:00:00Z"),
        PublicationTime.parse("2026-07-15 10:00", BUCHAREST).orElseThrow(),
        "summer time is UTC+3");
  }

  @Test
  void aTimeTheClocksSkipMeansTheMomentAfterTheGap() {
    // 29 March 2026: at 03:00 Bucharest clocks go forward to 04:00; 03:30 never happens.
    assertEquals(
        Instant.parse("2026-03-29T01:30:00Z"),
        PublicationTime.parse("2026-03-29T03:30", BUCHAREST).orElseThrow());
  }

  @Test
  void aTimeThatHappensTwiceMeansTheFirst() {
    // 25 October 2026: at 04:00 Bucharest clocks go back to 03:00; 03:30 happens twice.
    assertEquals(
        Instant.parse("2026-10-25T00:30:00Z"),
        PublicationTime.parse("2026-10-25T03:30", BUCHAREST).orElseThrow());
  }

  @Test
  void anythingElseIsNotATime() {
    assertTrue(PublicationTime.parse("tomorrow", BUCHAREST).isEmpty());
    assertTrue(PublicationTime.parse("2026-02-30T10:00", BUCHAREST).isEmpty());
    assertTrue(PublicationTime.parse("2026-01-15T25:00", BUCHAREST).isEmpty());
    assertTrue(PublicationTime.parse("  ", BUCHAREST).isEmpty());
    assertTrue(PublicationTime.parse(null, BUCHAREST).isEmpty());
  }

  @Test
  void formattingGivesTheWallClockTimeBack() {
    Instant moment = Instant.parse("2026-10-25T00:30:00Z");
    assertEquals("2026-10-25T03:30", PublicationTime.format(moment, BUCHAREST));
    assertEquals(
        moment,
        PublicationTime.parse(PublicationTime.format(moment, BUCHAREST), BUCHAREST).orElseThrow());
    assertEquals("", PublicationTime.format(null, BUCHAREST));
  }
}
