package org.colloquium.events.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
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
  void belongsToAnEvent() {
    assertThrows(NullPointerException.class, () -> new CallForPapers(null, OPENS, DEADLINE, null));
  }
}
