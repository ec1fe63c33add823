package org.colloquium.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.colloquium.kernel.jobs.TimedJob;

/**
 * Every 15 seconds, on every node: offers that ran out are ended and their places go to the next in
 * line. The ids are claimed with SKIP LOCKED in a short transaction of their own (so that nodes
 * share the work), then each offer is ended in its own transaction, which locks the quota before
 * the registration as every other change does and checks the offer again: ending one twice, or one
 * accepted meanwhile, changes nothing.
 */
@ApplicationScoped
public class OfferExpiryJob implements TimedJob {

  private static final Logger LOG = Logger.getLogger(OfferExpiryJob.class.getName());
  static final int BATCH = 50;

  @Inject OfferExpiries expiries;

  @Override
  public String name() {
    return "registration-offer-expiry";
  }

  @Override
  public Duration firstDelay() {
    return Duration.ofSeconds(10);
  }

  @Override
  public Duration period() {
    return Duration.ofSeconds(15);
  }

  @Override
  public void run() {
    List<Long> due;
    int ended;
    do {
      due = expiries.claimDue(BATCH);
      ended = 0;
      for (Long id : due) {
        try {
          expiries.expire(id);
          ended++;
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not end the expired offer of registration " + id, e);
        }
      }
      // A full batch that ended nothing would be claimed again at once: the next run tries.
    } while (due.size() == BATCH && ended > 0);
  }
}
