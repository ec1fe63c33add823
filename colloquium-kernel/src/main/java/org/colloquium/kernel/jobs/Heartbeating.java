package org.colloquium.kernel.jobs;

/**
 * A background job whose claims of long work (a draft, an assignment, a release's PDFs) must be
 * renewed while it works: another node takes a row over only when its heartbeat is older than the
 * lease ({@code Settings.jobLease()}). Any module's bean implementing it is renewed by the {@link
 * HeartbeatJob}; nothing is listed anywhere.
 */
public interface Heartbeating {

  /** Renews the heartbeat of every row this node holds; quick, one short transaction per row. */
  void beat();
}
