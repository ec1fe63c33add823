package org.colloquium.kernel.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.colloquium.kernel.jobs.TimedJob;

/**
 * Sends mail that is due again (retries) or was queued on another node: sending after commit covers
 * the rest.
 */
@ApplicationScoped
public class MailSweep implements TimedJob {

  @Inject OutboxDispatcher dispatcher;

  @Override
  public String name() {
    return "mail-sweep";
  }

  @Override
  public Duration firstDelay() {
    return Duration.ofSeconds(5);
  }

  @Override
  public Duration period() {
    return Duration.ofSeconds(15);
  }

  @Override
  public void run() {
    dispatcher.dispatchDue();
  }
}
