package org.colloquium.reviews.domain.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.colloquium.reviews.api.Scores;
import org.colloquium.reviews.domain.decision.ScoreSummary.Reviewed;
import org.junit.jupiter.api.Test;

class ScoreSummaryTest {

  @Test
  void withoutReviewsOnlyTheAssignedCount() {
    Scores s = ScoreSummary.of(3, List.of());
    assertEquals(0, s.done());
    assertEquals(3, s.assigned());
    assertNull(s.mean());
    assertNull(s.median());
    assertNull(s.spread());
    assertFalse(s.disagreement());
    assertNull(s.confidence());
  }

  @Test
  void oneReviewHasAMeanAndMedianButNoSpread() {
    Scores s = ScoreSummary.of(3, List.of(new Reviewed(75.0, 3)));
    assertEquals(75.0, s.mean());
    assertEquals(75.0, s.median());
    assertNull(s.spread());
    assertFalse(s.disagreement());
    assertEquals(3.0, s.confidence());
  }

  @Test
  void medianOfAnEvenNumberIsTheMiddlePairsMean() {
    Scores s =
        ScoreSummary.of(
            4,
            List.of(
                new Reviewed(100.0, 1),
                new Reviewed(0.0, 1),
                new Reviewed(50.0, 1),
                new Reviewed(25.0, 1)));
    assertEquals(43.75, s.mean());
    assertEquals(37.5, s.median());
    assertEquals(100.0, s.spread());
  }

  @Test
  void confidenceWeighsTheMeanWhenEveryReviewGivesOne() {
    Scores s = ScoreSummary.of(2, List.of(new Reviewed(100.0, 3), new Reviewed(0.0, 1)));
    assertEquals(50.0, s.mean());
    assertEquals(75.0, s.weightedMean());
    assertEquals(2.0, s.confidence());
  }

  @Test
  void withoutEveryConfidenceTheWeightedMeanIsTheMean() {
    Scores s = ScoreSummary.of(2, List.of(new Reviewed(100.0, 3), new Reviewed(0.0, null)));
    assertEquals(50.0, s.weightedMean());
    assertEquals(3.0, s.confidence());
  }

  @Test
  void neighbouringValuesAgreeTwoStepsApartDisagree() {
    // 1–5 scale: 3 and 4 are 25 points apart; 2 and 4 are 50.
    assertFalse(
        ScoreSummary.of(2, List.of(new Reviewed(50.0, 2), new Reviewed(75.0, 2))).disagreement());
    assertTrue(
        ScoreSummary.of(2, List.of(new Reviewed(25.0, 2), new Reviewed(75.0, 2))).disagreement());
    // A–D scale: neighbours 33.3 apart agree.
    assertFalse(
        ScoreSummary.of(2, List.of(new Reviewed(100.0 / 3, 2), new Reviewed(200.0 / 3, 2)))
            .disagreement());
    assertTrue(
        ScoreSummary.of(2, List.of(new Reviewed(60.0, 2), new Reviewed(100.0, 2))).disagreement());
  }

  @Test
  void reviewsWithoutAScoreCountAsDoneButNotInTheMean() {
    Scores s = ScoreSummary.of(2, List.of(new Reviewed(null, 2), new Reviewed(80.0, 4)));
    assertEquals(2, s.done());
    assertEquals(80.0, s.mean());
    assertNull(s.spread());
    assertEquals(3.0, s.confidence());
  }

  @Test
  void aReviewOfAnAssignmentTakenBackStillCountsAsAssigned() {
    Scores s = ScoreSummary.of(0, List.of(new Reviewed(80.0, 4)));
    assertEquals(1, s.assigned());
  }

  @Test
  void bandsCoverTheScaleWithTheTopInTheLastBand() {
    assertEquals(0, ScoreSummary.band(0));
    assertEquals(0, ScoreSummary.band(9.99));
    assertEquals(1, ScoreSummary.band(10));
    assertEquals(9, ScoreSummary.band(90));
    assertEquals(9, ScoreSummary.band(100));
  }
}
