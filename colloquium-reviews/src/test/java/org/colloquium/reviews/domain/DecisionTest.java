package org.colloquium.reviews.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.colloquium.reviews.api.Outcome;
import org.junit.jupiter.api.Test;

class DecisionTest {

  private static final Instant T1 = Instant.parse("2027-05-01T10:00:00Z");
  private static final Instant T2 = Instant.parse("2027-05-02T10:00:00Z");
  private static final Instant T3 = Instant.parse("2027-05-03T10:00:00Z");

  @Test
  void pendingUntilNotifiedThenTheAuthorsKeepWhatTheyWereTold() {
    Decision d = new Decision(1L, 2L);
    d.decide(Outcome.ACCEPT, 10L, null, null, null, 5L, T1);
    assertTrue(d.pending());
    assertTrue(d.retractable());
    d.notified(T2);
    assertFalse(d.pending());
    assertFalse(d.retractable());

    d.decide(Outcome.POSTER, null, null, null, null, 6L, T3);
    assertTrue(d.pending());
    assertEquals(Outcome.ACCEPT, d.notifiedOutcome().orElseThrow());
    assertEquals(10L, d.notifiedTypeId().orElseThrow());
    assertEquals(T2, d.notifiedAt().orElseThrow());
  }

  @Test
  void changingBackToWhatWasNotifiedIsNotPending() {
    Decision d = new Decision(1L, 2L);
    d.decide(Outcome.REJECT, null, null, null, null, 5L, T1);
    d.notified(T2);
    d.decide(Outcome.ACCEPT, null, null, null, null, 5L, T3);
    assertTrue(d.pending());
    d.decide(Outcome.REJECT, null, null, null, null, 5L, T3);
    assertFalse(d.pending());
  }

  @Test
  void aNoteAloneChangesNothingTheAuthorsRead() {
    Decision d = new Decision(1L, 2L);
    d.decide(Outcome.REJECT, null, null, null, null, 5L, T1);
    d.notified(T2);
    d.decide(Outcome.REJECT, null, null, null, "  discussed at the meeting ", 7L, T3);
    assertFalse(d.pending());
    assertEquals("discussed at the meeting", d.note().orElseThrow());
    assertEquals(5L, d.decidedBy().orElseThrow());
  }
}
