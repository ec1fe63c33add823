package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.colloquium.kernel.jobs.TimedJob;

/**
 * Finds the conflicts of interest still recorded as pending: those whose node died between a
 * change's commit and the finding, or whose finding failed. On every node: the records are claimed
 * with SKIP LOCKED, so the nodes share them and none is done twice.
 */
@ApplicationScoped
public class ConflictRefreshJob implements TimedJob {

  @Inject ConflictFinder finder;

  @Override
  public String name() {
    return "review-conflict-refresh";
  }

  @Override
  public Duration firstDelay() {
    return Duration.ofSeconds(20);
  }

  @Override
  public Duration period() {
    return Duration.ofSeconds(15);
  }

  @Override
  public void run() {
    finder.sweepPending();
  }
}
