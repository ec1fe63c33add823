package org.colloquium.kernel.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.colloquium.kernel.jobs.TimedJob;

/** The outbox's retention run: first a quarter of an hour after start, then once a day. */
@ApplicationScoped
public class MailRetentionRun implements TimedJob {

  @Inject OutboxRetention retention;

  @Override
  public String name() {
    return "mail-retention";
  }

  @Override
  public Duration firstDelay() {
    return Duration.ofMinutes(15);
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
    retention.purge();
  }
}
