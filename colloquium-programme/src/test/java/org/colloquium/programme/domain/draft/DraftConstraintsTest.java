package org.colloquium.programme.domain.draft;

import static org.colloquium.programme.domain.draft.DraftProblemBuilder.DAY_1;
import static org.colloquium.programme.domain.draft.DraftProblemBuilder.DAY_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each constraint scored on a fixed draft through {@link AutomaticDraft#check}: no search, so the
 * figures are exact. A draft that keeps the rule next to one that breaks it shows that the
 * constraint fires on the break and on nothing else.
 */
class DraftConstraintsTest {

  private static DraftProblemBuilder twoBlocksTwoRooms() {
    return new DraftProblemBuilder()
        .block("b1", DAY_1, "09:00", "10:30")
        .block("b2", DAY_1, "11:00", "12:30")
        .room(1, 100)
        .room(2, 30);
  }

  private static DraftPlacement at(String block, long room) {
    return new DraftPlacement(block, room);
  }

  private static DraftWarning only(DraftResult result, DraftWarningKind kind) {
    List<DraftWarning> warnings = result.warnings(kind);
    assertEquals(1, warnings.size(), () -> kind + " in " + result.warnings());
    return warnings.get(0);
  }

  @Test
  void aSpeakerInTwoRoomsAtOnceIsHard() {
    DraftProblem problem =
        twoBlocksTwoRooms().talk(1, 30, 1L, "ann@x.org").talk(2, 30, 1L, "Ann@X.org").build();

    DraftResult apart = AutomaticDraft.check(problem, Map.of(1L, at("b1", 1), 2L, at("b1", 2)));
    DraftWarning warning = only(apart, DraftWarningKind.SPEAKER_DOUBLE_BOOKED);
    assertEquals(List.of(1L, 2L), warning.contributionIds());
    assertEquals(List.of("ann@x.org"), warning.speakerKeys());
    assertEquals("b1", warning.blockId());
    assertEquals(-1, apart.score().hard());

    DraftResult sameSession =
        AutomaticDraft.check(problem, Map.of(1L, at("b1", 1), 2L, at("b1", 1)));
    DraftResult laterBlock =
        AutomaticDraft.check(problem, Map.of(1L, at("b1", 1), 2L, at("b2", 2)));
    assertEquals(0, sameSession.score().hard(), () -> sameSession.warnings().toString());
    assertEquals(0, laterBlock.score().hard(), () -> laterBlock.warnings().toString());
  }

  @Test
  void blocksThatOverlapClashEvenWhenTheyAreNotTheSame() {
    DraftProblem problem =
        new DraftProblemBuilder()
            .block("long", DAY_1, "09:00", "11:00")
            .block("short", DAY_1, "10:30", "11:30")
            .room(1, null)
            .room(2, null)
            .talk(1, 30, null, "ann@x.org")
            .talk(2, 30, null, "ann@x.org")
            .build();

    DraftResult result =
        AutomaticDraft.check(problem, Map.of(1L, at("long", 1), 2L, at("short", 2)));

    assertEquals(
        List.of(1L, 2L), only(result, DraftWarningKind.SPEAKER_DOUBLE_BOOKED).contributionIds());
  }

  @Test
  void aSpeakerWhenUnavailableIsHard() {
    DraftProblem problem =
        twoBlocksTwoRooms()
            .talk(1, 30, null, "bob@x.org")
            .unavailable("bob@x.org", DAY_1, "10:15", "10:45")
            .build();

    DraftWarning warning =
        only(
            AutomaticDraft.check(problem, Map.of(1L, at("b1", 1))),
            DraftWarningKind.SPEAKER_UNAVAILABLE);
    assertEquals(List.of("bob@x.org"), warning.speakerKeys());
    assertEquals("b1", warning.blockId());

    assertEquals(0, AutomaticDraft.check(problem, Map.of(1L, at("b2", 1))).score().hard());
  }

  @Test
  void aRoomWhenUnavailableIsHard() {
    DraftProblem problem =
        new DraftProblemBuilder()
            .block("b1", DAY_1, "09:00", "10:30")
            .block("b2", DAY_1, "11:00", "12:30")
            .room(
                1,
                null,
                new DraftInterval(
                    DraftProblemBuilder.at(DAY_1, "12:00"), DraftProblemBuilder.at(DAY_1, "13:00")))
            .talk(1, 30, null, "ann@x.org")
            .build();

    DraftWarning warning =
        only(
            AutomaticDraft.check(problem, Map.of(1L, at("b2", 1))),
            DraftWarningKind.ROOM_UNAVAILABLE);
    assertEquals(List.of(1L), warning.roomIds());
    assertEquals(0, AutomaticDraft.check(problem, Map.of(1L, at("b1", 1))).score().hard());
  }

  @Test
  void aSessionLongerThanItsBlockIsHardByTheMinutesOver() {
    DraftProblem problem =
        twoBlocksTwoRooms()
            .talk(1, 30, null, "a@x.org")
            .talk(2, 30, null, "b@x.org")
            .talk(3, 45, null, "c@x.org")
            .build();

    DraftResult over =
        AutomaticDraft.check(problem, Map.of(1L, at("b1", 1), 2L, at("b1", 1), 3L, at("b1", 1)));
    DraftWarning warning = only(over, DraftWarningKind.BLOCK_OVERRUN);
    assertEquals(List.of(1L, 2L, 3L), warning.contributionIds());
    assertEquals(105, warning.amount());
    assertEquals(90, warning.limit());
    assertEquals(-15, over.score().hard());

    DraftResult fits =
        AutomaticDraft.check(problem, Map.of(1L, at("b1", 1), 2L, at("b2", 1), 3L, at("b1", 1)));
    assertEquals(0, fits.score().hard(), () -> fits.warnings().toString());
  }

  @Test
  void anAudienceLargerThanItsRoomIsHard() {
    DraftProblem problem =
        twoBlocksTwoRooms()
            .add(DraftContribution.talk(1, 30, null, "en", List.of("a@x.org"), 45))
            .build();

    DraftWarning warning =
        only(
            AutomaticDraft.check(problem, Map.of(1L, at("b1", 2))),
            DraftWarningKind.ROOM_TOO_SMALL);
    assertEquals(45, warning.amount());
    assertEquals(30, warning.limit());
    assertEquals(0, AutomaticDraft.check(problem, Map.of(1L, at("b1", 1))).score().hard());
  }

  @Test
  void anUnplacedContributionCostsAMediumPointAndNoHardOne() {
    DraftProblem problem = twoBlocksTwoRooms().talk(1, 30, null, "a@x.org").build();

    DraftResult result = AutomaticDraft.check(problem, Map.of());

    assertEquals(new DraftScore(0, -1, 0), result.score());
    assertEquals(1, result.unplacedCount());
    // Every block and room is empty: nothing but the draft kept it out.
    assertEquals(4, only(result, DraftWarningKind.UNPLACED_WOULD_FIT).amount());
  }

  @Test
  void anUnplacedContributionIsToldWhetherItsPlacesAreTaken() {
    DraftProblem problem =
        twoBlocksTwoRooms()
            .talk(1, 60, null, "a@x.org")
            .talk(2, 60, null, "b@x.org")
            .talk(3, 60, null, "c@x.org")
            .talk(4, 30, null, "d@x.org")
            .talk(5, 60, null, "a@x.org")
            .build();

    // Talk 5 (60 minutes) suits all four places, but three have 30 minutes left and in the
    // fourth (b1, room 2) its speaker would be giving talk 1 next door.
    DraftResult result =
        AutomaticDraft.check(
            problem, Map.of(1L, at("b1", 1), 2L, at("b2", 1), 3L, at("b2", 2), 4L, at("b1", 2)));

    DraftWarning taken = only(result, DraftWarningKind.UNPLACED_NO_FREE_SLOT);
    assertEquals(List.of(5L), taken.contributionIds());
    assertEquals(4, taken.amount());
    assertEquals(List.of(), result.warnings(DraftWarningKind.UNPLACED_WOULD_FIT));
  }

  @Test
  void aTrackCostsPerRoomBeyondItsFirst() {
    DraftProblem problem =
        twoBlocksTwoRooms()
            .talk(1, 30, 7L, "a@x.org")
            .talk(2, 30, 7L, "b@x.org")
            .talk(3, 30, 7L, "c@x.org")
            .build();

    DraftResult spread =
        AutomaticDraft.check(problem, Map.of(1L, at("b1", 1), 2L, at("b2", 2), 3L, at("b1", 1)));
    DraftWarning warning = only(spread, DraftWarningKind.TRACK_IN_SEVERAL_ROOMS);
    assertEquals(2, warning.amount());
    assertEquals(7L, warning.trackId());
    assertEquals(List.of(1L, 2L, 3L), warning.contributionIds());
    assertEquals(-DraftConstraints.TRACK_ROOM_WEIGHT, spread.score().soft());

    DraftResult together =
        AutomaticDraft.check(problem, Map.of(1L, at("b1", 1), 2L, at("b2", 1), 3L, at("b2", 1)));
    assertEquals(0, together.score().soft(), () -> together.warnings().toString());
  }

  @Test
  void aTrackAgainstItselfAndAMixedSessionAreSoft() {
    DraftProblem problem =
        twoBlocksTwoRooms()
            .talk(1, 30, 7L, "a@x.org")
            .talk(2, 30, 7L, "b@x.org")
            .add(DraftContribution.talk(3, 30, 8L, "ro", List.of("c@x.org"), 0))
            .build();

    DraftResult result =
        AutomaticDraft.check(problem, Map.of(1L, at("b1", 1), 2L, at("b1", 2), 3L, at("b1", 2)));

    assertEquals(
        List.of(1L, 2L), only(result, DraftWarningKind.TRACK_IN_PARALLEL).contributionIds());
    DraftWarning tracks = only(result, DraftWarningKind.MIXED_TRACKS);
    assertEquals(List.of(2L, 3L), tracks.contributionIds());
    assertEquals(2, tracks.amount());
    DraftWarning languages = only(result, DraftWarningKind.MIXED_LANGUAGES);
    assertEquals(List.of(2L, 3L), languages.contributionIds());
    assertEquals(
        -(DraftConstraints.TRACK_ROOM_WEIGHT
            + DraftConstraints.TRACK_PARALLEL_WEIGHT
            + DraftConstraints.MIXED_TRACKS_WEIGHT
            + DraftConstraints.MIXED_LANGUAGES_WEIGHT),
        result.score().soft());
  }

  @Test
  void anythingBesideAKeynoteIsSoft() {
    DraftProblem problem =
        twoBlocksTwoRooms()
            .add(DraftContribution.talk(1, 60, null, "en", List.of("k@x.org"), 0).asKeynote())
            .talk(2, 30, null, "b@x.org")
            .build();

    DraftWarning warning =
        only(
            AutomaticDraft.check(problem, Map.of(1L, at("b1", 1), 2L, at("b1", 2))),
            DraftWarningKind.KEYNOTE_NOT_ALONE);
    assertEquals(List.of(1L, 2L), warning.contributionIds());
    assertEquals(
        1,
        AutomaticDraft.check(problem, Map.of(1L, at("b1", 1), 2L, at("b1", 1)))
            .warnings(DraftWarningKind.KEYNOTE_NOT_ALONE)
            .size());
    assertEquals(
        0, AutomaticDraft.check(problem, Map.of(1L, at("b1", 1), 2L, at("b2", 2))).score().soft());
  }

  @Test
  void speakersPreferencesAreSoftPerSpeaker() {
    DraftProblem problem =
        new DraftProblemBuilder()
            .block("b1", DAY_1, "09:00", "10:30")
            .block("b2", DAY_2, "09:00", "10:30")
            .room(1, null)
            .add(DraftContribution.talk(1, 30, null, "en", List.of("ann@x.org", "bob@x.org"), 0))
            .prefers("ann@x.org", DAY_2)
            .avoids("bob@x.org", "b2")
            .build();

    DraftWarning onDay1 =
        only(
            AutomaticDraft.check(problem, Map.of(1L, at("b1", 1))),
            DraftWarningKind.SPEAKER_PREFERENCE_UNMET);
    assertEquals(List.of("ann@x.org"), onDay1.speakerKeys());
    DraftWarning onDay2 =
        only(
            AutomaticDraft.check(problem, Map.of(1L, at("b2", 1))),
            DraftWarningKind.SPEAKER_PREFERENCE_UNMET);
    assertEquals(List.of("bob@x.org"), onDay2.speakerKeys());
  }

  @Test
  void theLargerAudienceBelongsInTheLargerRoom() {
    DraftProblem problem =
        twoBlocksTwoRooms()
            .add(DraftContribution.talk(1, 30, null, "en", List.of("a@x.org"), 25))
            .add(DraftContribution.talk(2, 30, null, "en", List.of("b@x.org"), 20))
            .build();

    DraftWarning warning =
        only(
            AutomaticDraft.check(problem, Map.of(1L, at("b1", 2), 2L, at("b1", 1))),
            DraftWarningKind.LARGER_AUDIENCE_IN_SMALLER_ROOM);
    assertEquals(25, warning.amount());
    assertEquals(20, warning.limit());
    assertEquals(List.of(2L, 1L), warning.roomIds());
    assertEquals(
        0, AutomaticDraft.check(problem, Map.of(1L, at("b1", 1), 2L, at("b1", 2))).score().soft());
  }

  @Test
  void sessionsRunInTrackOrderFromTheBlocksStart() {
    DraftProblem problem =
        twoBlocksTwoRooms()
            .talk(5, 20, null, "a@x.org")
            .talk(4, 30, 2L, "b@x.org")
            .talk(3, 15, 1L, "c@x.org")
            .build();

    DraftResult result =
        AutomaticDraft.check(problem, Map.of(3L, at("b1", 1), 4L, at("b1", 1), 5L, at("b1", 1)));

    List<Instant> starts = result.assignments().stream().map(DraftAssignment::start).toList();
    assertEquals(
        List.of(
            DraftProblemBuilder.at(DAY_1, "09:45"),
            DraftProblemBuilder.at(DAY_1, "09:15"),
            DraftProblemBuilder.at(DAY_1, "09:00")),
        starts);
    assertTrue(result.assignments().stream().allMatch(DraftAssignment::placed));
  }
}
