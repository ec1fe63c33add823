package org.colloquium.tests.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock plus an offset that tests change at run time. One offset per deployment: the
 * class lives in the EAR's lib directory, so every module and the control servlet share it.
 */
public final class ShiftableClock extends Clock {

  private static volatile Duration offset = Duration.ZERO;

  public static void shiftTo(Instant instant) {
    offset = Duration.between(Instant.now(), instant);
  }

  public static void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
