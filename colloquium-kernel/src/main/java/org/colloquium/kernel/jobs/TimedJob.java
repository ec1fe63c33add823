package org.colloquium.kernel.jobs;

import java.time.Duration;

/**
 * Work a module wants done again and again (send due mail, collect unreferenced files). A module
 * contributes one by declaring an {@code @ApplicationScoped} bean of this type; {@link TimedJobs}
 * finds it. Runs of one job never overlap: the next run starts {@link #period()} after the previous
 * one ended. A run opens its own transactions.
 */
public interface TimedJob {

  /** A short name for the log, e.g. "mail-sweep". */
  String name();

  /** How long after start-up the first run waits. */
  Duration firstDelay();

  /** The pause between the end of a run and the start of the next. */
  Duration period();

  /** One run; an exception is logged and the next run comes as planned. */
  void run();

  /**
   * Whether one node of a cluster runs it per period, the others skipping their turn ({@link
   * JobTurns}): for sweeps that any node can do for all (old files, old mail), which every node
   * would otherwise repeat. Jobs that claim their own rows (mail, drafts, PDFs) run on every node,
   * so that the work is shared and taken over at once when a node dies.
   */
  default boolean oncePerCluster() {
    return false;
  }
}
