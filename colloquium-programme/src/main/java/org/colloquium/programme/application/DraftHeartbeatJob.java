package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.jobs.TimedJob;

/**
 * Renews the heartbeat of the drafts this node is solving, three times per lease, so that another
 * node of a cluster takes a draft over only when this one has died (or frozen past the lease).
 */
@ApplicationScoped
public class DraftHeartbeatJob implements TimedJob {

  @Inject DraftRuns runs;
  @Inject Settings settings;

  @Override
  public String name() {
    return "programme-draft-heartbeat";
  }

  @Override
  public Duration firstDelay() {
    return Duration.ofSeconds(1);
  }

  @Override
  public Duration period() {
    return settings.jobLease().dividedBy(3);
  }

  @Override
  public void run() {
    runs.beat();
  }
}
