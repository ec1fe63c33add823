package org.colloquium.reviews.domain.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.colloquium.reviews.api.PhaseKind;
import org.junit.jupiter.api.Test;

/** The schedule in the event's zone, across daylight saving time. */
class PhasePlanTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  @Test
  void aStartInTheSpringGapMovesForwardByTheGap() {
    // 29 March 2026: clocks jump from 03:00 to 04:00 in Bucharest; 03:30 does not exist.
    PhasePlan plan =
        PhasePlan.of(
            List.of(
                new PhaseSlot(PhaseKind.REVIEWING, LocalDateTime.of(2026, 3, 29, 3, 30), false)),
            BUCHAREST);
    assertEquals(Optional.empty(), plan.scheduledAt(Instant.parse("2026-03-29T00:59:59Z")));
    assertEquals(
        Optional.of(PhaseKind.REVIEWING), plan.scheduledAt(Instant.parse("2026-03-29T01:30:00Z")));
  }

  @Test
  void aStartInTheAutumnOverlapTakesTheEarlierInstant() {
    // 25 October 2026: 03:30 happens twice; the first time is 00:30 UTC.
    PhasePlan plan =
        PhasePlan.of(
            List.of(
                new PhaseSlot(PhaseKind.DECISION, LocalDateTime.of(2026, 10, 25, 3, 30), false)),
            BUCHAREST);
    assertEquals(Optional.empty(), plan.scheduledAt(Instant.parse("2026-10-25T00:29:59Z")));
    assertEquals(
        Optional.of(PhaseKind.DECISION), plan.scheduledAt(Instant.parse("2026-10-25T00:30:00Z")));
  }

  @Test
  void theLatestStartedPhaseWinsWhateverTheOrderGiven() {
    PhasePlan plan =
        PhasePlan.of(
            List.of(
                new PhaseSlot(PhaseKind.REVIEWING, LocalDateTime.of(2027, 1, 10, 9, 0), false),
                new PhaseSlot(PhaseKind.BIDDING, LocalDateTime.of(2027, 1, 1, 9, 0), false),
                new PhaseSlot(PhaseKind.DISCUSSION, LocalDateTime.of(2027, 1, 5, 9, 0), true)),
            BUCHAREST);
    assertEquals(
        Optional.of(PhaseKind.BIDDING), plan.scheduledAt(Instant.parse("2027-01-06T00:00:00Z")));
    assertEquals(
        Optional.of(PhaseKind.REVIEWING), plan.scheduledAt(Instant.parse("2027-01-10T07:00:00Z")));
  }
}
