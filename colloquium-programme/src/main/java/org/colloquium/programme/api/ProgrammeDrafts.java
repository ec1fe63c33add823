package org.colloquium.programme.api;

import java.util.Optional;

/**
 * Automatic drafts of an event's work-in-progress programme: the contributions that are not pinned
 * are placed into the event's sessions of contributions by Timefold Solver, in the background,
 * within a time limit. A draft proposes; {@link #apply} makes it the work in progress, never the
 * published release.
 */
public interface ProgrammeDrafts {

  /**
   * Queues a draft. Refused with a {@code ConflictException} while another is queued or running.
   *
   * @param seconds how long the solver may search (1–600)
   */
  Long request(Long actorId, String slug, int seconds);

  /** The event's newest draft, if any. */
  Optional<DraftRunView> latest(Long actorId, String slug);

  /**
   * Places the contributions as the finished draft proposes.
   *
   * @return how many were placed
   */
  int apply(Long actorId, String slug, Long runId);

  void discard(Long actorId, String slug, Long runId);
}
