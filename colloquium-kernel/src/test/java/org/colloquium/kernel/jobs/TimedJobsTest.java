package org.colloquium.kernel.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimedJobsTest {

  private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void aFailingRunDoesNotCancelTheJob() throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch thirdRun = new CountDownLatch(3);
    TimedJob failing =
        job(
            "failing",
            () -> {
              runs.incrementAndGet();
              thirdRun.countDown();
              throw new IllegalStateException("database away");
            });
    new TimedJobs().start(List.of(failing), executor);
    assertTrue(thirdRun.await(5, TimeUnit.SECONDS), "runs after a failure: " + runs.get());
  }

  @Test
  void everyContributedJobIsScheduledAndStopCancelsThem() throws InterruptedException {
    AtomicInteger runsOfA = new AtomicInteger();
    CountDownLatch bRan = new CountDownLatch(1);
    TimedJobs jobs = new TimedJobs();
    jobs.start(List.of(job("a", runsOfA::incrementAndGet), job("b", bRan::countDown)), executor);
    assertTrue(bRan.await(5, TimeUnit.SECONDS), "b ran");
    while (runsOfA.get() == 0) {
      Thread.sleep(1); // the test's own timeout (surefire) ends a job that never runs
    }
    jobs.stop();
    Thread.sleep(20); // a run in progress at stop() may still finish
    int afterStop = runsOfA.get();
    Thread.sleep(100); // twenty periods
    assertEquals(afterStop, runsOfA.get(), "no run after stop()");
  }

  @Test
  void aJobRunOncePerClusterRunsOnlyWhenThisNodeTakesTheTurn() {
    AtomicInteger runs = new AtomicInteger();
    java.util.Deque<Boolean> answers = new java.util.ArrayDeque<>(List.of(true, false, true));
    JobTurns turns =
        new JobTurns() {
          @Override
          public boolean take(String job, Duration period) {
            assertEquals("sweep", job);
            return answers.pop();
          }
        };
    TimedJob sweep = job("sweep", runs::incrementAndGet, true);
    TimedJobs.runLogged(sweep, turns);
    TimedJobs.runLogged(sweep, turns);
    assertEquals(1, runs.get(), "another node had the second turn");
    TimedJobs.runLogged(sweep, turns);
    assertEquals(2, runs.get());
    // Every node runs the others, whatever the turns say.
    TimedJobs.runLogged(job("mail", runs::incrementAndGet), null);
    assertEquals(3, runs.get());
  }

  @Test
  void aTurnThatCannotBeTakenSkipsTheRunAndKeepsTheJob() {
    JobTurns unreachable =
        new JobTurns() {
          @Override
          public boolean take(String job, Duration period) {
            throw new IllegalStateException("database away");
          }
        };
    AtomicInteger runs = new AtomicInteger();
    TimedJobs.runLogged(job("sweep", runs::incrementAndGet, true), unreachable);
    assertEquals(0, runs.get());
  }

  private static TimedJob job(String name, Runnable work) {
    return job(name, work, false);
  }

  private static TimedJob job(String name, Runnable work, boolean oncePerCluster) {
    return new TimedJob() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Duration firstDelay() {
        return Duration.ZERO;
      }

      @Override
      public Duration period() {
        return Duration.ofMillis(5);
      }

      @Override
      public void run() {
        work.run();
      }

      @Override
      public boolean oncePerCluster() {
        return oncePerCluster;
      }
    };
  }
}
