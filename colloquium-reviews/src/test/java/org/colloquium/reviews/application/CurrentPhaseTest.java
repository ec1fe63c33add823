package org.colloquium.reviews.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.colloquium.reviews.api.PhaseKind;
import org.colloquium.reviews.api.PhaseRules;
import org.colloquium.reviews.domain.PhaseEntry;
import org.colloquium.reviews.domain.ReviewSetup;
import org.junit.jupiter.api.Test;

/** Which phase is in effect: the schedule, a switch by hand, and when the schedule wins again. */
class CurrentPhaseTest {

  private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

  private static Instant at(int month, int day) {
    return LocalDateTime.of(2027, month, day, 9, 0).atZone(BUCHAREST).toInstant();
  }

  /** Bidding from 1 March, reviewing from 15 March, discussion skipped, decision from 1 May. */
  private static ReviewSetup scheduled() {
    ReviewSetup setup = new ReviewSetup(1L);
    List<PhaseEntry> phases = new ArrayList<>();
    phases.add(phase(PhaseKind.BIDDING, at(3, 1), false));
    phases.add(phase(PhaseKind.REVIEWING, at(3, 15), false));
    phases.add(phase(PhaseKind.DISCUSSION, at(4, 1), true));
    phases.add(phase(PhaseKind.DECISION, at(5, 1), false));
    phases.add(phase(PhaseKind.NOTIFICATION, null, false));
    setup.replacePhases(phases);
    return setup;
  }

  private static PhaseEntry phase(PhaseKind kind, Instant start, boolean skipped) {
    return new PhaseEntry(kind, start, skipped, PhaseRules.defaultsFor(kind));
  }

  private static Optional<PhaseKind> current(ReviewSetup setup, Instant now) {
    return ReviewAccess.currentPhase(setup, BUCHAREST, now);
  }

  @Test
  void nothingBeforeTheFirstStart() {
    assertEquals(Optional.empty(), current(scheduled(), at(2, 28)));
    assertEquals(Optional.empty(), current(new ReviewSetup(1L), at(6, 1)), "nothing scheduled");
  }

  @Test
  void theScheduleSwitchesAtEachStartAndPassesOverASkippedPhase() {
    ReviewSetup setup = scheduled();
    assertEquals(Optional.of(PhaseKind.BIDDING), current(setup, at(3, 1)));
    assertEquals(Optional.of(PhaseKind.REVIEWING), current(setup, at(3, 15)));
    assertEquals(Optional.of(PhaseKind.REVIEWING), current(setup, at(4, 20)), "discussion skipped");
    assertEquals(Optional.of(PhaseKind.DECISION), current(setup, at(5, 2)));
    assertEquals(Optional.of(PhaseKind.DECISION), current(setup, at(12, 1)), "no date, no switch");
  }

  @Test
  void aSwitchByHandHoldsUntilALaterStartPasses() {
    ReviewSetup setup = scheduled();
    setup.switchTo(PhaseKind.REVIEWING, at(3, 5));
    assertEquals(Optional.of(PhaseKind.REVIEWING), current(setup, at(3, 6)), "early reviewing");
    assertEquals(Optional.of(PhaseKind.REVIEWING), current(setup, at(3, 20)));
    assertEquals(Optional.of(PhaseKind.DECISION), current(setup, at(5, 1)), "schedule wins again");
  }

  @Test
  void aSwitchByHandBeforeAnyScheduleHolds() {
    ReviewSetup setup = new ReviewSetup(1L);
    setup.switchTo(PhaseKind.BIDDING, at(1, 1));
    assertEquals(Optional.of(PhaseKind.BIDDING), current(setup, at(1, 2)));
  }
}
