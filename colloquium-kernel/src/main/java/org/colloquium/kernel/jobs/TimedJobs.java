package org.colloquium.kernel.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Schedules every {@link TimedJob} of every module once the application is ready. The server's
 * managed scheduler (not an EJB timer): EJB timers are only found in EJB modules and the WAR, and
 * the kernel and the feature modules live in the EAR's lib folder.
 */
@ApplicationScoped
public class TimedJobs {

  private static final Logger LOG = Logger.getLogger(TimedJobs.class.getName());

  @Inject @Any Instance<TimedJob> jobs;
  @Inject JobTurns turns;

  @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
  ManagedScheduledExecutorService scheduler;

  private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

  void start(@Observes ApplicationReady ready) {
    start(jobs, scheduler);
  }

  synchronized void start(Iterable<TimedJob> all, ScheduledExecutorService on) {
    for (TimedJob job : all) {
      scheduled.add(
          on.scheduleWithFixedDelay(
              () -> runLogged(job, turns),
              job.firstDelay().toMillis(),
              job.period().toMillis(),
              TimeUnit.MILLISECONDS));
      LOG.fine(() -> "timed job " + job.name() + " every " + job.period());
    }
  }

  /**
   * Runs the job, if it is this node's turn. A failed run must not cancel the job: the scheduler
   * stops a task that throws.
   */
  static void runLogged(TimedJob job, JobTurns turns) {
    try {
      if (job.oncePerCluster() && !turns.take(job.name(), job.period())) {
        LOG.fine(() -> "timed job " + job.name() + ": another node has run it this period");
        return;
      }
      job.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "timed job " + job.name() + " failed; its next run tries again", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    scheduled.forEach(f -> f.cancel(false));
    scheduled.clear();
  }
}
