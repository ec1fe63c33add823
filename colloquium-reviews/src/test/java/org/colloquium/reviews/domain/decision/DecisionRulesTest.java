package org.colloquium.reviews.domain.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.reviews.api.DecisionInput;
import org.colloquium.reviews.api.Outcome;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

  private static final Set<Long> TYPES = Set.of(10L, 11L);
  private static final Set<Long> TRACKS = Set.of(20L);
  private static final Set<Integer> NUMBERS = Set.of(1, 2, 3, 4);

  private static List<String> keys(DecisionInput input) {
    return keys(input, Set.of(), Set.of());
  }

  private static List<String> keys(DecisionInput input, Set<Integer> naming, Set<Integer> named) {
    return DecisionRules.check(input, TYPES, TRACKS, NUMBERS, naming, named).stream()
        .map(Problem::messageKey)
        .toList();
  }

  @Test
  void acceptAsAnotherTypeInAnotherTrackFits() {
    assertTrue(keys(new DecisionInput(1, Outcome.ACCEPT, 11L, 20L, null, "fine")).isEmpty());
    assertTrue(keys(new DecisionInput(1, Outcome.POSTER, null, null, null, null)).isEmpty());
    assertTrue(keys(new DecisionInput(1, Outcome.REJECT, null, null, null, null)).isEmpty());
    assertTrue(keys(new DecisionInput(1, Outcome.REVISIONS, null, null, null, null)).isEmpty());
  }

  @Test
  void anOutcomeIsRequired() {
    assertEquals(
        List.of("reviews.decision.outcome.required"),
        keys(new DecisionInput(1, null, null, null, null, null)));
  }

  @Test
  void typesAndTracksOfOtherEventsAreRefused() {
    assertEquals(
        List.of("reviews.decision.type.unknown", "reviews.decision.track.unknown"),
        keys(new DecisionInput(1, Outcome.ACCEPT, 99L, 98L, null, null)));
  }

  @Test
  void onlyPresentedSubmissionsTakeATypeOrTrack() {
    assertEquals(
        List.of("reviews.decision.type.onlyAccepted"),
        keys(new DecisionInput(1, Outcome.REJECT, 10L, null, null, null)));
  }

  @Test
  void aDuplicateNamesAnotherExistingSubmission() {
    assertEquals(
        List.of("reviews.decision.other.required"),
        keys(new DecisionInput(1, Outcome.DUPLICATE, null, null, null, null)));
    assertEquals(
        List.of("reviews.decision.other.itself"),
        keys(new DecisionInput(1, Outcome.MERGED, null, null, 1, null)));
    assertEquals(
        List.of("reviews.decision.other.unknown"),
        keys(new DecisionInput(1, Outcome.DUPLICATE, null, null, 9, null)));
    assertTrue(keys(new DecisionInput(1, Outcome.MERGED, null, null, 2, null)).isEmpty());
  }

  @Test
  void noChainsOfDuplicates() {
    // 2 is already merged into another: 1 may not point at it.
    assertEquals(
        List.of("reviews.decision.other.chain"),
        keys(new DecisionInput(1, Outcome.DUPLICATE, null, null, 2, null), Set.of(2), Set.of(3)));
    // 1 is what 4 points at: 1 may not point elsewhere.
    assertEquals(
        List.of("reviews.decision.other.named"),
        keys(new DecisionInput(1, Outcome.MERGED, null, null, 2, null), Set.of(4), Set.of(1)));
  }

  @Test
  void otherOutcomesNameNoOtherSubmission() {
    assertEquals(
        List.of("reviews.decision.other.notWanted"),
        keys(new DecisionInput(1, Outcome.ACCEPT, null, null, 2, null)));
  }

  @Test
  void theNoteIsBounded() {
    assertEquals(
        List.of("reviews.decision.note.tooLong"),
        keys(new DecisionInput(1, Outcome.REJECT, null, null, null, "x".repeat(2001))));
    assertTrue(
        keys(new DecisionInput(1, Outcome.REJECT, null, null, null, "x".repeat(2000))).isEmpty());
  }
}
