package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.colloquium.kernel.jobs.TimedJob;

/** Looks for queued automatic drafts every two seconds and solves them. */
@ApplicationScoped
public class DraftJob implements TimedJob {

  @Inject DraftRuns runs;

  @Override
  public String name() {
    return "programme-draft";
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
