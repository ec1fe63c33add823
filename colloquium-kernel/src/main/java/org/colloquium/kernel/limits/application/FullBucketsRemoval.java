package org.colloquium.kernel.limits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.colloquium.kernel.jobs.TimedJob;

/** Deletes rate-limit buckets that are full again: they count nothing and only take room. */
@ApplicationScoped
public class FullBucketsRemoval implements TimedJob {

  @Inject DatabaseBuckets buckets;

  @Override
  public String name() {
    return "full-rate-limit-buckets";
  }

  @Override
  public Duration firstDelay() {
    return Duration.ofMinutes(20);
  }

  @Override
  public Duration period() {
    return Duration.ofDays(1);
  }

  /** A sweep for all events: one node of a cluster per period is enough. */
  @Override
  public boolean oncePerCluster() {
    return true;
  }

  @Override
  public void run() {
    buckets.removeFull();
  }
}
