package org.colloquium.reviews.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An assignment run whose node went away must not keep the event from computing another. */
class AssignmentRunTest {

  private static final Instant CLAIMED = Instant.parse("2026-12-04T10:00:00Z");

  private static AssignmentRun running() {
    AssignmentRun run = new AssignmentRun(1L, false, 9L, CLAIMED.minusSeconds(2));
    run.claim(CLAIMED, "node1:a");
    return run;
  }

  @Test
  void aRunningRunIsAbandonedOnlyLongAfterAnyRunWouldHaveEnded() {
    AssignmentRun run = running();
    assertFalse(run.abandoned(CLAIMED.plus(AssignmentRun.ABANDONED_AFTER)));
    assertTrue(run.abandoned(CLAIMED.plus(AssignmentRun.ABANDONED_AFTER).plusSeconds(1)));

    AssignmentRun queued = new AssignmentRun(1L, false, 9L, CLAIMED);
    assertFalse(queued.abandoned(CLAIMED.plusSeconds(86_400)), "queued: a node will take it");
    AssignmentRun done = running();
    done.done(42, CLAIMED.plusSeconds(6));
    assertFalse(done.abandoned(CLAIMED.plusSeconds(86_400)));
  }

  @Test
  void aStoppingNodeQueuesItsRunAgainAndLeavesEndedOnesAlone() {
    AssignmentRun run = running();
    run.progress(40);
    run.handBack();
    assertEquals(AssignmentRun.State.QUEUED, run.state());
    assertEquals(0, run.progress(), "the next node starts from the beginning");

    AssignmentRun done = running();
    done.done(42, CLAIMED.plusSeconds(6));
    done.handBack();
    assertEquals(AssignmentRun.State.DONE, done.state());
  }

  @Test
  void aRunTakenOverBelongsToTheNewClaimAloneAndStartsAfresh() {
    AssignmentRun run = running();
    run.progress(60);
    assertTrue(run.heldBy("node1:a"));
    // node1 stopped renewing its claim; node2 takes the run over.
    run.claim(CLAIMED.plusSeconds(40), "node2:b");
    assertFalse(run.heldBy("node1:a"), "node1, thawed, may no longer store its proposal");
    assertTrue(run.heldBy("node2:b"));
    assertEquals(0, run.progress(), "solved again from the start");
    assertFalse(
        run.abandoned(CLAIMED.plus(AssignmentRun.ABANDONED_AFTER).plusSeconds(1)),
        "abandoned counts from the new claim");
    run.done(42, CLAIMED.plusSeconds(50));
    assertFalse(run.heldBy("node2:b"), "done: nothing more to store");
    assertFalse(running().heldBy(null));
  }

  @Test
  void aRunHandedBackIsNobodys() {
    AssignmentRun run = running();
    run.handBack();
    assertFalse(run.heldBy("node1:a"));
    assertEquals(java.util.Optional.empty(), run.claimToken());
  }
}
