package org.colloquium.kernel.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mail the SMTP server accepted while the database restarts is recorded once the database is
 * back, within the claim's lease: otherwise it would be sent a second time when the lease ran out.
 */
class DeliveryRecordTest {

  private long now;
  private final List<Long> pauses = new ArrayList<>();

  private void pause(long millis) {
    pauses.add(millis);
    now += millis * 1_000_000;
  }

  private Runnable failing(int times) {
    int[] left = {times};
    return () -> {
      if (left[0]-- > 0) {
        throw new IllegalStateException("database restarting");
      }
    };
  }

  @Test
  void aDeliveryIsRecordedOnceTheDatabaseIsBack() {
    assertTrue(
        OutboxDispatcher.recordDelivery(
            failing(5), Duration.ofSeconds(60), () -> now, this::pause));
    assertEquals(List.of(500L, 1000L, 2000L, 4000L, 8000L), pauses, "growing pauses");
  }

  @Test
  void itGivesUpWithinItsPatienceWellInsideTheLease() {
    assertFalse(
        OutboxDispatcher.recordDelivery(
            failing(Integer.MAX_VALUE), Duration.ofSeconds(60), () -> now, this::pause));
    assertTrue(now <= Duration.ofSeconds(60).toNanos(), "waited " + now / 1_000_000 + " ms");
    assertTrue(now >= Duration.ofSeconds(45).toNanos(), "gave up early: " + now / 1_000_000);
    assertTrue(
        OutboxDispatcher.RECORD_DELIVERY_FOR.compareTo(OutboxClaims.LEASE) < 0,
        "the claim still holds when the record gets through");
  }

  @Test
  void aRecordThatGoesThroughAtOnceDoesNotWait() {
    assertTrue(
        OutboxDispatcher.recordDelivery(
            failing(0), Duration.ofSeconds(60), () -> now, this::pause));
    assertEquals(List.of(), pauses);
  }
}
