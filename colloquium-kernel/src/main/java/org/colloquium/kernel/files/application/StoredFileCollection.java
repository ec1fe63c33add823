package org.colloquium.kernel.files.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.colloquium.kernel.jobs.TimedJob;

/**
 * Removes stored files nothing refers to any more; the first run waits until start-up traffic has
 * settled.
 */
@ApplicationScoped
public class StoredFileCollection implements TimedJob {

  @Inject StoredFileCollector collector;

  @Override
  public String name() {
    return "stored-file-collection";
  }

  @Override
  public Duration firstDelay() {
    return Duration.ofMinutes(10);
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
    collector.collectGarbage();
  }
}
