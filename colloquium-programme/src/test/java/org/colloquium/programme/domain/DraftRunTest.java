package org.colloquium.programme.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.colloquium.programme.api.DraftState;
import org.junit.jupiter.api.Test;

/** A draft whose node went away must not keep its event from drafting again. */
class DraftRunTest {

  private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");

  private static DraftRun running(int seconds) {
    DraftRun run = new DraftRun(1L, 9L, START.minusSeconds(1), seconds);
    run.claim(START, "node1:aa");
    return run;
  }

  @Test
  void aRunIsAbandonedOnlyWellPastItsTimeLimit() {
    DraftRun run = running(60);
    assertFalse(run.abandoned(START.plusSeconds(60)), "at its limit it is storing");
    assertFalse(run.abandoned(START.plusSeconds(60).plus(DraftRun.GRACE)));
    assertTrue(run.abandoned(START.plusSeconds(61).plus(DraftRun.GRACE)));
  }

  @Test
  void onlyARunningDraftCanBeAbandoned() {
    DraftRun queued = new DraftRun(1L, 9L, START, 60);
    assertFalse(queued.abandoned(START.plusSeconds(3600)), "queued: a node will take it");
    DraftRun failed = running(60);
    failed.failed("IllegalStateException", START.plusSeconds(5));
    assertFalse(failed.abandoned(START.plusSeconds(3600)));
  }

  @Test
  void aStoppingNodeQueuesItsRunAgainAndLeavesFinishedOnesAlone() {
    DraftRun run = running(60);
    run.progress(
        "0 hard / 3 unplaced / -40 soft", java.time.Duration.ofSeconds(4), START.plusSeconds(4));
    run.handBack();
    assertEquals(DraftState.QUEUED, run.state());
    assertFalse(run.score().isPresent(), "the half-solved score is not the new run's");
    run.claim(START.plusSeconds(30), "node2:bb");
    assertEquals(DraftState.RUNNING, run.state());

    DraftRun done = running(60);
    done.done("0 hard / 0 unplaced / -10 soft", 9, 0, new byte[0], START.plusSeconds(60));
    done.handBack();
    assertEquals(DraftState.DONE, done.state());
  }

  @Test
  void aDraftTakenOverIsHeldOnlyByTheNewClaim() {
    DraftRun run = running(60);
    assertTrue(run.heldBy("node1:aa"));
    assertFalse(run.heldBy(null), "no claim holds nothing");
    // node1 stopped beating; node2 claims it and solves it from the start.
    run.claim(START.plusSeconds(45), "node2:bb");
    assertFalse(run.heldBy("node1:aa"), "node1, if only frozen, no longer stores into it");
    assertTrue(run.heldBy("node2:bb"));
    assertFalse(run.score().isPresent(), "node1's best score is not node2's");
    run.done("0 hard / 0 unplaced / -10 soft", 9, 0, new byte[0], START.plusSeconds(110));
    assertFalse(run.heldBy("node2:bb"), "done: nobody holds it");
  }
}
