package org.colloquium.programme.domain.draft;

import static org.colloquium.programme.domain.draft.DraftProblemBuilder.DAY_1;
import static org.colloquium.programme.domain.draft.DraftProblemBuilder.TEST_LIMITS;
import static org.colloquium.programme.domain.draft.DraftProblemBuilder.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.domain.common.DomainAccessType;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tiny problems where breaking a rule would pay: a wish pulls towards the forbidden place, so a
 * draft that keeps the rule shows the rule is enforced, not merely unchallenged. Solved with a step
 * limit, not a time limit, so the drafts are the same on a slow machine.
 */
class AutomaticDraftTest {

  private static DraftResult solve(DraftProblem problem) {
    return AutomaticDraft.solve(problem, TEST_LIMITS, null);
  }

  private static Map<Long, DraftPlacement> placements(DraftResult result) {
    Map<Long, DraftPlacement> placements = new java.util.HashMap<>();
    result.assignments().forEach(a -> placements.put(a.contributionId(), a.placement()));
    return placements;
  }

  private static void assertNoHardWarning(DraftResult result) {
    assertEquals(0, result.score().hard(), () -> result.warnings().toString());
    assertEquals(List.of(), result.warnings(DraftWarningKind.Level.HARD));
  }

  @Test
  void aSpeakerWhoAvoidsTheOnlyOtherBlockStillSpeaksInOnePlaceAtATime() {
    // Both talks want b1 (the speaker avoids b2); b1 has two rooms but is too short for both talks
    // in one session, so b1 for both means one speaker in two rooms at once.
    DraftProblem problem =
        new DraftProblemBuilder()
            .block("b1", DAY_1, "09:00", "10:00")
            .block("b2", DAY_1, "11:00", "12:00")
            .room(1, null)
            .room(2, null)
            .talk(1, 45, 1L, "ann@x.org")
            .talk(2, 45, 1L, "ann@x.org")
            .avoids("ann@x.org", "b2")
            .build();

    DraftResult result = solve(problem);

    assertNoHardWarning(result);
    assertEquals(0, result.unplacedCount());
    Map<Long, DraftPlacement> placements = placements(result);
    assertNotEquals(placements.get(1L).blockId(), placements.get(2L).blockId());
    assertEquals(1, result.warnings(DraftWarningKind.SPEAKER_PREFERENCE_UNMET).size());
  }

  @Test
  void aSpeakersTwoTalksMayShareASession() {
    DraftProblem problem =
        new DraftProblemBuilder()
            .block("b1", DAY_1, "09:00", "10:30")
            .room(1, null)
            .talk(1, 30, 1L, "ann@x.org")
            .talk(2, 30, 1L, "ann@x.org")
            .build();

    DraftResult result = solve(problem);

    assertNoHardWarning(result);
    assertEquals(new DraftPlacement("b1", 1), placements(result).get(1L));
    assertEquals(new DraftPlacement("b1", 1), placements(result).get(2L));
  }

  @Test
  void aSpeakerIsNeverPlacedWhenUnavailable() {
    // The speaker avoids b2 but cannot come to b1 at all: b2 is the only right answer.
    DraftProblem problem =
        new DraftProblemBuilder()
            .block("b1", DAY_1, "09:00", "10:30")
            .block("b2", DAY_1, "11:00", "12:30")
            .room(1, null)
            .room(2, null)
            .talk(1, 30, null, "bob@x.org")
            .unavailable("bob@x.org", DAY_1, "10:00", "10:45")
            .avoids("bob@x.org", "b2")
            .build();

    DraftResult result = solve(problem);

    assertNoHardWarning(result);
    assertEquals("b2", placements(result).get(1L).blockId());
  }

  @Test
  void aRoomIsNeverUsedWhenUnavailable() {
    // Only room 1 holds the audience; it is closed during b1, which the speaker prefers.
    DraftProblem problem =
        new DraftProblemBuilder()
            .block("b1", DAY_1, "09:00", "10:30")
            .block("b2", DAY_1, "11:00", "12:30")
            .room(1, 200, new DraftInterval(at(DAY_1, "08:00"), at(DAY_1, "09:30")))
            .room(2, 20)
            .add(DraftContribution.talk(1, 30, null, "en", List.of("ann@x.org"), 100))
            .avoids("ann@x.org", "b2")
            .build();

    DraftResult result = solve(problem);

    assertNoHardWarning(result);
    assertEquals(new DraftPlacement("b2", 1), placements(result).get(1L));
  }

  @Test
  void sessionsFitTheirBlocks() {
    // Three talks of one track, every speaker avoiding b2: one session in b1 would meet all wishes
    // but last 90 minutes in a block of 60.
    DraftProblem problem =
        new DraftProblemBuilder()
            .block("b1", DAY_1, "09:00", "10:00")
            .block("b2", DAY_1, "11:00", "12:00")
            .room(1, null)
            .talk(1, 30, 1L, "a@x.org")
            .talk(2, 30, 1L, "b@x.org")
            .talk(3, 30, 1L, "c@x.org")
            .avoids("a@x.org", "b2")
            .avoids("b@x.org", "b2")
            .avoids("c@x.org", "b2")
            .build();

    DraftResult result = solve(problem);

    assertNoHardWarning(result);
    assertEquals(0, result.unplacedCount());
    Map<String, Long> perBlock =
        placements(result).values().stream()
            .collect(Collectors.groupingBy(DraftPlacement::blockId, Collectors.counting()));
    assertEquals(Map.of("b1", 2L, "b2", 1L), perBlock);
  }

  @Test
  void aLargeAudienceGoesToARoomThatHoldsIt() {
    // Talk 2 is pinned in the small room; talk 1 of the same track would join its session there
    // (one room per track) if capacity did not forbid it.
    DraftProblem problem =
        new DraftProblemBuilder()
            .block("b1", DAY_1, "09:00", "10:30")
            .block("b2", DAY_1, "11:00", "12:30")
            .room(1, 50)
            .room(2, 200)
            .add(DraftContribution.talk(1, 30, 7L, "en", List.of("a@x.org"), 150))
            .add(
                DraftContribution.talk(2, 30, 7L, "en", List.of("b@x.org"), 30)
                    .pinnedTo(new DraftPlacement("b1", 1)))
            .build();

    DraftResult result = solve(problem);

    assertNoHardWarning(result);
    assertEquals(2L, placements(result).get(1L).roomId());
    assertEquals(1, result.warnings(DraftWarningKind.TRACK_IN_SEVERAL_ROOMS).size());
  }

  @Test
  void pinnedContributionsStayEvenWhereTheyBreakARule() {
    // Pinned to an avoided block, and pinned to a room that is closed: both stay, and the broken
    // rule is reported rather than repaired.
    DraftProblem problem =
        new DraftProblemBuilder()
            .block("b1", DAY_1, "09:00", "10:30")
            .block("b2", DAY_1, "11:00", "12:30")
            .room(1, null)
            .room(2, null, new DraftInterval(at(DAY_1, "11:00"), at(DAY_1, "12:30")))
            .add(
                DraftContribution.talk(1, 30, null, "en", List.of("a@x.org"), 0)
                    .pinnedTo(new DraftPlacement("b2", 1)))
            .add(
                DraftContribution.talk(2, 30, null, "en", List.of("b@x.org"), 0)
                    .pinnedTo(new DraftPlacement("b2", 2)))
            .talk(3, 30, null, "c@x.org")
            .avoids("a@x.org", "b2")
            .build();

    DraftResult result = solve(problem);

    Map<Long, DraftPlacement> placements = placements(result);
    assertEquals(new DraftPlacement("b2", 1), placements.get(1L));
    assertEquals(new DraftPlacement("b2", 2), placements.get(2L));
    assertEquals(-1, result.score().hard());
    DraftWarning closed = result.warnings(DraftWarningKind.ROOM_UNAVAILABLE).get(0);
    assertEquals(List.of(2L), closed.contributionIds());
    assertEquals(List.of(2L), closed.roomIds());
    assertEquals(
        List.of(1L),
        result.warnings(DraftWarningKind.SPEAKER_PREFERENCE_UNMET).get(0).contributionIds());
    // The closed room is offered to nobody else.
    assertNotEquals(new DraftPlacement("b2", 2), placements.get(3L));
  }

  @Test
  void whatCannotBePlacedIsLeftOutAndExplained() {
    DraftProblem problem =
        new DraftProblemBuilder()
            .block("b1", DAY_1, "09:00", "10:00")
            .room(1, 100)
            .talk(1, 120, null, "long@x.org")
            .add(DraftContribution.talk(2, 30, null, "en", List.of("crowd@x.org"), 500))
            .talk(3, 30, null, "away@x.org")
            .unavailable("away@x.org", DAY_1, "08:00", "18:00")
            .talk(4, 30, null, "a@x.org")
            .talk(5, 30, null, "b@x.org")
            .talk(6, 30, null, "c@x.org")
            .build();

    DraftResult result = solve(problem);

    assertEquals(new DraftScore(0, -4, 0), result.score());
    DraftWarning tooLong = result.warnings(DraftWarningKind.UNPLACED_TOO_LONG).get(0);
    assertEquals(List.of(1L), tooLong.contributionIds());
    assertEquals(120, tooLong.amount());
    assertEquals(60, tooLong.limit());
    DraftWarning tooSmall = result.warnings(DraftWarningKind.UNPLACED_ROOMS_TOO_SMALL).get(0);
    assertEquals(List.of(2L), tooSmall.contributionIds());
    assertEquals(500, tooSmall.amount());
    assertEquals(100, tooSmall.limit());
    DraftWarning away = result.warnings(DraftWarningKind.UNPLACED_SPEAKERS_UNAVAILABLE).get(0);
    assertEquals(List.of(3L), away.contributionIds());
    assertEquals(List.of("away@x.org"), away.speakerKeys());
    // Two of talks 4-6 fill the one session; the third has no room left.
    List<DraftWarning> full = result.warnings(DraftWarningKind.UNPLACED_NO_FREE_SLOT);
    assertEquals(1, full.size());
    assertEquals(1, full.get(0).amount());
    assertEquals(4, result.unplacedCount());
    assertEquals(4, result.warnings(DraftWarningKind.Level.UNPLACED).size());
  }

  @Test
  void aKeynoteIsLeftAlone() {
    DraftProblem problem =
        new DraftProblemBuilder()
            .block("b1", DAY_1, "09:00", "10:30")
            .block("b2", DAY_1, "11:00", "12:30")
            .room(1, 300)
            .room(2, 100)
            .add(DraftContribution.talk(1, 60, null, "en", List.of("k@x.org"), 250).asKeynote())
            .talk(2, 30, 1L, "a@x.org")
            .talk(3, 30, 2L, "b@x.org")
            .talk(4, 30, 3L, "c@x.org")
            .build();

    DraftResult result = solve(problem);

    assertNoHardWarning(result);
    assertEquals(0, result.unplacedCount());
    assertEquals(List.of(), result.warnings(DraftWarningKind.KEYNOTE_NOT_ALONE));
    String keynoteBlock = placements(result).get(1L).blockId();
    assertEquals(
        1,
        placements(result).values().stream().filter(p -> p.blockId().equals(keynoteBlock)).count());
  }

  @Test
  void theSameProblemGivesTheSameDraft() {
    DraftProblem problem = mediumProblem();

    DraftResult first = solve(problem);
    DraftResult second = solve(problem);

    assertEquals(first.assignments(), second.assignments());
    assertEquals(first.score(), second.score());
    assertEquals(first.warnings(), second.warnings());
  }

  @Test
  void everyRemainingPenaltyIsExplained() {
    DraftResult result = solve(mediumProblem());

    // Re-scoring the draft from its assignments alone gives the same score and warnings: nothing
    // in the score is unaccounted for, and the warnings describe the draft that was returned.
    DraftResult checked =
        AutomaticDraft.check(
            mediumProblem(),
            result.assignments().stream()
                .filter(DraftAssignment::placed)
                .collect(
                    Collectors.toMap(DraftAssignment::contributionId, DraftAssignment::placement)));
    assertEquals(result.score(), checked.score());
    assertEquals(result.warnings(), checked.warnings());
    assertEquals(-result.score().medium(), result.warnings(DraftWarningKind.Level.UNPLACED).size());
    assertEquals(
        result.score().soft() != 0, !result.warnings(DraftWarningKind.Level.SOFT).isEmpty());
  }

  @Test
  void progressIsReportedUpToTheFinalScore() {
    List<DraftProgress> reports = new ArrayList<>();

    DraftResult result = AutomaticDraft.solve(mediumProblem(), TEST_LIMITS, reports::add);

    assertFalse(reports.isEmpty());
    assertEquals(result.score(), reports.get(reports.size() - 1).bestScore());
    for (int i = 1; i < reports.size(); i++) {
      assertTrue(reports.get(i).bestScore().compareTo(reports.get(i - 1).bestScore()) > 0);
      assertTrue(reports.get(i).elapsed().compareTo(reports.get(i - 1).elapsed()) >= 0);
    }
  }

  @Test
  void theSolverReadsTheDomainByReflectionThroughThisPackagesClassLoader() {
    SolverConfig config = AutomaticDraft.solverConfig(DraftLimits.of(Duration.ofSeconds(30)));

    assertEquals(DomainAccessType.REFLECTION, config.getDomainAccessType());
    assertSame(AutomaticDraft.class.getClassLoader(), config.getClassLoader());
    assertEquals(EnvironmentMode.REPRODUCIBLE, config.getEnvironmentMode());
    assertNotNull(config.getRandomSeed());
  }

  @Test
  void theEarlyStopNeverCutsTheFirstDraftShort() {
    // With the early stop on the solver rather than on the local search, an empty draft (no rule
    // broken, nothing to improve on yet) ended the solve before the construction placed anything.
    DraftResult result =
        AutomaticDraft.solve(
            mediumProblem(),
            new DraftLimits(Duration.ofSeconds(30), Duration.ofMillis(1), null),
            null);

    assertEquals(0, result.unplacedCount(), () -> result.warnings().toString());
  }

  @Test
  void theTimeLimitStopsAnUnboundedDraft() {
    // No move limit: only the time limit ends it (this asserts that it ends, not how fast).
    DraftResult result =
        AutomaticDraft.solve(
            mediumProblem(), new DraftLimits(Duration.ofMillis(500), null, null), null);

    assertEquals(0, result.score().hard());
  }

  /**
   * Twenty talks in four tracks, two days of two blocks, three rooms, shared speakers, one keynote:
   * enough for the search to have choices, small enough to solve in a moment.
   */
  static DraftProblem mediumProblem() {
    DraftProblemBuilder builder =
        new DraftProblemBuilder()
            .block("d1a", DAY_1, "09:00", "10:30")
            .block("d1b", DAY_1, "11:00", "12:30")
            .block("d2a", DraftProblemBuilder.DAY_2, "09:00", "10:30")
            .block("d2b", DraftProblemBuilder.DAY_2, "11:00", "12:30")
            .room(1, 200)
            .room(2, 80)
            .room(3, 40)
            .add(
                DraftContribution.talk(100, 45, null, "en", List.of("key@x.org"), 180).asKeynote());
    int[] durations = {15, 20, 30};
    for (int i = 0; i < 20; i++) {
      long track = i % 4;
      builder.add(
          DraftContribution.talk(
              i + 1,
              durations[i % 3],
              track,
              i % 7 == 0 ? "ro" : "en",
              List.of("s" + (i % 13) + "@x.org"),
              10 + (int) (track * 15) + i));
    }
    return builder
        .unavailable("s3@x.org", DAY_1, "09:00", "12:30")
        .prefers("s5@x.org", DraftProblemBuilder.DAY_2)
        .avoids("s6@x.org", "d1a")
        .build();
  }
}
