package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.colloquium.kernel.jobs.TimedJob;

/** Sends the automatic reminders to late reviewers, checking every few minutes. */
@ApplicationScoped
public class ReminderJob implements TimedJob {

  private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

  @Inject LateReviewers late;

  @Override
  public String name() {
    return "review-reminders";
  }

  @Override
  public Duration firstDelay() {
    return Duration.ofSeconds(30);
  }

  @Override
  public Duration period() {
    return Duration.ofMinutes(5);
  }

  /** A sweep for all events: one node of a cluster per period is enough. */
  @Override
  public boolean oncePerCluster() {
    return true;
  }

  @Override
  public void run() {
    for (Long eventId : late.dueForReminder()) {
      try {
        int reminded = late.remindBeforeDue(eventId);
        LOG.log(
            Level.INFO,
            "Reminded {0} late reviewers of event {1}",
            new Object[] {reminded, eventId});
      } catch (RuntimeException e) {
        // Tried again at the next run: the reminder is marked sent only with its mails.
        LOG.log(Level.WARNING, "Could not remind the late reviewers of event " + eventId, e);
      }
    }
  }
}
