package org.colloquium.programme.domain.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.colloquium.programme.domain.timetable.Sequencing.Entry;
import org.colloquium.programme.domain.timetable.Sequencing.Interval;
import org.junit.jupiter.api.Test;

class SequencingTest {

  private static final Instant NINE = Instant.parse("2023-11-09T07:00:00Z");
  private static final Instant ELEVEN = NINE.plusSeconds(7200);

  @Test
  void talksFollowEachOtherFromTheSessionsStartAndPostersStayAllSession() {
    List<Interval> times =
        Sequencing.times(
            NINE, ELEVEN, List.of(new Entry(20, false), new Entry(0, true), new Entry(30, false)));

    assertEquals(new Interval(NINE, NINE.plusSeconds(1200)), times.get(0));
    assertEquals(new Interval(NINE, ELEVEN), times.get(1));
    assertEquals(new Interval(NINE.plusSeconds(1200), NINE.plusSeconds(3000)), times.get(2));
  }

  @Test
  void theOverrunCountsOnlyTalks() {
    assertEquals(
        0,
        Sequencing.overrunMinutes(
            NINE, ELEVEN, List.of(new Entry(120, false), new Entry(60, true))));
    assertEquals(5, Sequencing.overrunMinutes(NINE, ELEVEN, List.of(new Entry(125, false))));
  }
}
