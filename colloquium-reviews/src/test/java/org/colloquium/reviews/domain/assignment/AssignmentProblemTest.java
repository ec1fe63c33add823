package org.colloquium.reviews.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad problems are refused with a clear message; short papers say why. */
class AssignmentProblemTest {

  @Test
  void badInputIsRefusedWithTheReason() {
    var b = AssignmentProblem.builder(2, 2);
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> b.reviewsPerPaper(-1))
            .getMessage()
            .contains("negative"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> b.loads(0, 3, 2))
            .getMessage()
            .contains("min <= max"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> b.allow(2, 0, 1))
            .getMessage()
            .contains("no paper 2"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> b.allow(0, 5, 1))
            .getMessage()
            .contains("no reviewer 5"));
    assertThrows(IllegalArgumentException.class, () -> b.allow(0, 0, -1));
    assertThrows(IllegalArgumentException.class, () -> b.balance(-1));
    b.allow(0, 1, 5).allow(0, 1, 6);
    assertTrue(
        assertThrows(IllegalArgumentException.class, b::build).getMessage().contains("twice"));
    var kept = AssignmentProblem.builder(1, 1).keep(0, 0).allow(0, 0, 1);
    assertThrows(IllegalArgumentException.class, kept::build);
  }

  @Test
  void aShortPaperSaysWhetherCandidatesWereTooFewOrFull() {
    // Paper 0 may go to reviewer 0 only (too few for 2 reviews); papers 1 and 2 both want
    // reviewer 1, who takes one paper: one of them is short although it had candidates.
    var problem =
        AssignmentProblem.builder(3, 2)
            .reviewsPerPaper(2)
            .demand(1, 1)
            .demand(2, 1)
            .loads(0, 0, 5)
            .loads(1, 0, 1)
            .allow(0, 0, 1)
            .allow(1, 1, 1)
            .allow(2, 1, 2)
            .build();
    Assignment result = new AssignmentSolver().solve(problem, SolverProgress.NONE);
    assertEquals(
        List.of(
            new Shortfall(0, 1, Shortfall.Reason.TOO_FEW_CANDIDATES),
            new Shortfall(2, 1, Shortfall.Reason.CANDIDATES_AT_CAPACITY)),
        result.shortfalls());
    assertEquals(2, result.cost(), "pairs (0,0) and (1,1): the cheaper one of the rivals wins");
  }

  @Test
  void keptPairsCountTowardsReviewsAndLoads() {
    var problem =
        AssignmentProblem.builder(2, 2)
            .reviewsPerPaper(1)
            .loads(0, 0, 1)
            .loads(1, 0, 1)
            .keep(0, 0)
            .allow(1, 0, 0)
            .allow(1, 1, 9)
            .build();
    Assignment result = new AssignmentSolver().solve(problem, SolverProgress.NONE);
    assertEquals(1, result.pairs());
    assertEquals(1, result.reviewer()[0], "reviewer 0 is full with the kept paper");
    assertEquals(9, result.cost());
  }

  @Test
  void theBalanceTermSpreadsTheWork() {
    var builder = AssignmentProblem.builder(4, 2).reviewsPerPaper(1);
    for (int p = 0; p < 4; p++) {
      builder.allow(p, 0, 0).allow(p, 1, 3);
    }
    Assignment greedy = new AssignmentSolver().solve(builder.build(), SolverProgress.NONE);
    assertEquals(0, greedy.cost(), "without balance, reviewer 0 takes all four");
    Assignment spread =
        new AssignmentSolver().solve(builder.balance(2).build(), SolverProgress.NONE);
    // reviewer 0 with 3 (0+2+4) and reviewer 1 with 1 (3) costs 9; 2 and 2 costs 2 + 6 + 2 = 10
    assertEquals(9, spread.cost());
  }
}
