package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.colloquium.kernel.jobs.TimedJob;

/**
 * Once a day: registrations of events that ended more than the platform's retention ago ({@code
 * colloquium.registration.retention-days}, 365 by default) lose the people's details, and
 * registration requests whose link ran out are removed. Batches of its own transaction each.
 */
@ApplicationScoped
public class RegistrationRetentionJob implements TimedJob {

  private static final Logger LOG = Logger.getLogger(RegistrationRetentionJob.class.getName());

  @Inject RegistrationRetention retention;

  @Override
  public String name() {
    return "registration-retention";
  }

  @Override
  public Duration firstDelay() {
    return Duration.ofMinutes(3);
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
    int requests = retention.removeExpiredRequests();
    int anonymised = 0;
    for (Long eventId : retention.eventsPastRetention()) {
      int batch;
      do {
        batch = retention.anonymiseBatch(eventId);
        anonymised += batch;
      } while (batch == RegistrationRetention.BATCH);
    }
    if (requests > 0 || anonymised > 0) {
      int r = requests;
      int a = anonymised;
      LOG.info(
          () ->
              "Registration retention: anonymised "
                  + a
                  + " registrations, removed "
                  + r
                  + " expired requests");
    }
  }
}
