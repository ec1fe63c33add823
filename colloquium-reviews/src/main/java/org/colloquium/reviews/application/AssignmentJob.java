package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.colloquium.kernel.jobs.TimedJob;

/** Picks up queued automatic assignments every few seconds. */
@ApplicationScoped
public class AssignmentJob implements TimedJob {

  @Inject AssignmentRuns runs;

  @Override
  public String name() {
    return "review-assignment";
  }

  @Override
  public Duration firstDelay() {
    return Duration.ofSeconds(5);
  }

  @Override
  public Duration period() {
    return Duration.ofSeconds(2);
  }

  @Override
  public void run() {
    runs.runQueued();
  }
}
