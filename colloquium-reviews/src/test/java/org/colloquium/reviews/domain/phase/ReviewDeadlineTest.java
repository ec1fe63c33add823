package org.colloquium.reviews.domain.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.colloquium.reviews.api.PhaseKind;
import org.colloquium.reviews.domain.phase.ReviewDeadline.Phase;
import org.junit.jupiter.api.Test;

class ReviewDeadlineTest {

  private static final Instant REVIEWING = Instant.parse("2027-04-01T07:00:00Z");
  private static final Instant DISCUSSION = Instant.parse("2027-05-01T07:00:00Z");
  private static final Instant DECISION = Instant.parse("2027-05-15T07:00:00Z");

  @Test
  void reviewsAreDueWhenTheNextScheduledPhaseStarts() {
    assertEquals(
        Optional.of(DISCUSSION),
        ReviewDeadline.dueAt(
            List.of(
                new Phase(PhaseKind.BIDDING, null, false),
                new Phase(PhaseKind.REVIEWING, REVIEWING, false),
                new Phase(PhaseKind.DISCUSSION, DISCUSSION, false),
                new Phase(PhaseKind.DECISION, DECISION, false))));
  }

  @Test
  void aSkippedOrUnscheduledPhaseDoesNotEndTheReviewing() {
    assertEquals(
        Optional.of(DECISION),
        ReviewDeadline.dueAt(
            List.of(
                new Phase(PhaseKind.DECISION, DECISION, false),
                new Phase(PhaseKind.REVIEWING, REVIEWING, false),
                new Phase(PhaseKind.DISCUSSION, DISCUSSION, true),
                new Phase(PhaseKind.NOTIFICATION, null, false))));
    assertEquals(
        Optional.empty(),
        ReviewDeadline.dueAt(
            List.of(
                new Phase(PhaseKind.BIDDING, REVIEWING.minusSeconds(86400), false),
                new Phase(PhaseKind.REVIEWING, REVIEWING, false))));
  }

  @Test
  void theReminderGoesOutOnceWithinTheDaysBeforeTheDueTime() {
    Optional<Instant> due = Optional.of(DISCUSSION);
    Instant fourDaysBefore = DISCUSSION.minusSeconds(4 * 86400);
    Instant threeDaysBefore = DISCUSSION.minusSeconds(3 * 86400);
    assertFalse(ReviewDeadline.remindNow(due, 3, Optional.empty(), fourDaysBefore));
    assertTrue(ReviewDeadline.remindNow(due, 3, Optional.empty(), threeDaysBefore));
    assertTrue(ReviewDeadline.remindNow(due, 3, Optional.empty(), DISCUSSION.minusSeconds(1)));
    assertFalse(ReviewDeadline.remindNow(due, 3, Optional.empty(), DISCUSSION), "too late");
    assertFalse(ReviewDeadline.remindNow(due, 3, due, threeDaysBefore), "sent already");
    assertFalse(ReviewDeadline.remindNow(due, 0, Optional.empty(), threeDaysBefore), "off");
    assertFalse(ReviewDeadline.remindNow(Optional.empty(), 3, Optional.empty(), threeDaysBefore));
  }

  @Test
  void aDueTimeMovedLaterGetsAReminderOfItsOwn() {
    Instant later = DISCUSSION.plusSeconds(7 * 86400);
    assertTrue(
        ReviewDeadline.remindNow(
            Optional.of(later), 3, Optional.of(DISCUSSION), later.minusSeconds(86400)));
  }
}
