package org.colloquium.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.colloquium.events.api.AbstractRules;
import org.colloquium.events.api.CallDates;
import org.colloquium.events.api.PdfPolicy;
import org.colloquium.events.api.ReviewMode;
import org.junit.jupiter.api.Test;

class CallForPapersTest {

  private static final Instant OPENS = Instant.parse("2026-09-01T00:00:00Z");
  private static final Instant DEADLINE = Instant.parse("2027-01-11T21:59:00Z");
  private final CallForPapers call = new CallForPapers(1L, OPENS, DEADLINE, "Students welcome");

  @Test
  void isOpenFromTheOpeningInstant() {
    assertFalse(call.isOpen(OPENS.minusNanos(1)));
    assertTrue(call.isOpen(OPENS));
  }

  @Test
  void isOpenUntilJustBeforeTheDeadline() {
    assertTrue(call.isOpen(DEADLINE.minusNanos(1)));
    assertFalse(call.isOpen(DEADLINE));
    assertFalse(call.isOpen(DEADLINE.plusSeconds(3600)));
  }

  @Test
  void deadlineMustBeAfterTheOpening() {
    assertThrows(IllegalArgumentException.class, () -> new CallForPapers(1L, OPENS, OPENS, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CallForPapers(1L, OPENS, OPENS.minusSeconds(1), null));
  }

  @Test
  void staysOpenDuringTheGracePeriodWhileTheDeadlineStaysAsPublished() {
    CallForPapers withGrace =
        new CallForPapers(
            1L,
            new CallDates(OPENS, DEADLINE, null, null, null, 15),
            null,
            AbstractRules.DEFAULT,
            ReviewMode.DOUBLE_BLIND);
    assertTrue(withGrace.isOpen(DEADLINE.plusSeconds(14 * 60)));
    assertFalse(withGrace.isOpen(DEADLINE.plusSeconds(15 * 60)));
    assertEquals(DEADLINE, withGrace.abstractDeadline());
  }

  @Test
  void aNewCallGetsTheDefaultRulesAndDoubleBlindReview() {
    assertEquals(AbstractRules.DEFAULT, call.rules());
    assertEquals(ReviewMode.DOUBLE_BLIND, call.reviewMode());
    assertEquals(0, call.dates().graceMinutes());
  }

  @Test
  void revisingReplacesDatesRulesAndReviewModeAndTrimsTheEligibility() {
    var rules = new AbstractRules(500, 0, 3, true, true, PdfPolicy.REQUIRED, 5);
    var dates = new CallDates(OPENS, DEADLINE, DEADLINE, DEADLINE.plusSeconds(60), null, 30);
    call.revise(dates, "  Everyone  ", rules, ReviewMode.OPEN);
    assertEquals(rules, call.rules());
    assertEquals(dates, call.dates());
    assertEquals("Everyone", call.eligibility());
    assertEquals(ReviewMode.OPEN, call.reviewMode());
    call.revise(dates, "   ", rules, ReviewMode.OPEN);
    assertEquals(null, call.eligibility());
  }

  @Test
  void belongsToAnEvent() {
    assertThrows(NullPointerException.class, () -> new CallForPapers(null, OPENS, DEADLINE, null));
  }
}
