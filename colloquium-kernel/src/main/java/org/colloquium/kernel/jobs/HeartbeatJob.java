package org.colloquium.kernel.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.colloquium.kernel.config.Settings;

/**
 * Renews the claims of every {@link Heartbeating} job of every module three times per lease, so
 * that a missed beat or two (a long garbage collection, a busy scheduler) does not hand a row to
 * another node while this one still works on it.
 */
@ApplicationScoped
public class HeartbeatJob implements TimedJob {

  private static final Logger LOG = Logger.getLogger(HeartbeatJob.class.getName());

  @Inject @Any Instance<Heartbeating> jobs;
  @Inject Settings settings;

  @Override
  public String name() {
    return "claim-heartbeat";
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
    for (Heartbeating job : jobs) {
      try {
        job.beat();
      } catch (RuntimeException e) {
        // One module's failure must not stop the others' rows from being renewed.
        LOG.log(Level.WARNING, "A heartbeat failed", e);
      }
    }
  }
}
