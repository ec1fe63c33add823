package org.colloquium.reviews.api;

import java.util.Map;

/**
 * Organisers decide on submissions and notify their authors. Every method checks that the actor
 * organises the event; a submission the actor is conflicted with (as its author, or a conflict of
 * interest) is decided by another organiser.
 */
public interface ReviewDecisions {

  DecisionDashboard dashboard(Long actorId, String slug, DashboardFilter filter);

  /**
   * Records (or changes) a decision; it stays pending until the authors are notified.
   *
   * @throws org.colloquium.kernel.validation.ValidationException outside a phase that lets
   *     organisers decide, for a conflicted submission, or for a type, track or other submission
   *     that does not fit
   */
  void decide(Long actorId, String slug, DecisionInput input);

  /** Takes back a decision the authors have not been told of. */
  void undecide(Long actorId, String slug, int number);

  /**
   * The mails notifying the authors of every pending decision, one per author and co-author (each
   * address once per submission), in the language of the author's account, else the submission's.
   */
  NotificationPreview previewNotifications(Long actorId, String slug);

  /**
   * Sends the previewed notifications through the outbox and marks the decisions notified.
   *
   * @param versions the preview's {@link NotificationPreview#versions()}
   * @return how many mails were queued
   * @throws org.colloquium.kernel.validation.ValidationException outside a phase that lets
   *     organisers notify, or when a decision changed (or was made) since the preview
   */
  int notifyAuthors(Long actorId, String slug, Map<Integer, Integer> versions);
}
