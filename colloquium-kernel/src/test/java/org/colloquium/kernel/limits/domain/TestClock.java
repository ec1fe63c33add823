package org.colloquium.kernel.limits.domain;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves, and in-memory buckets of a limit that read their time from it. */
final class TestClock extends Clock {

  private Instant now;

  TestClock(Instant start) {
    this.now = start;
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  /** The same bucket the database would keep for a subject, held in memory on this clock. */
  Bucket bucket(Limit limit) {
    var builder =
        Bucket.builder()
            .withCustomTimePrecision(
                new TimeMeter() {
                  @Override
                  public long currentTimeNanos() {
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                  }

                  @Override
                  public boolean isWallClockBased() {
                    return true;
                  }
                });
    for (var bandwidth : limit.configuration().getBandwidths()) {
      builder.addLimit(bandwidth);
    }
    return builder.build();
  }
}
