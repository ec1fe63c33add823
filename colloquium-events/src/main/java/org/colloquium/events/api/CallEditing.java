package org.colloquium.events.api;

import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.ValidationException;

/**
 * Organisers create and edit the call for papers of an event they manage. Every method checks that
 * the actor manages <em>that</em> event.
 */
public interface CallEditing {
  /**
   * The event and its call as the form shows them (defaults when there is no call yet).
   *
   * @throws NotFoundException if there is no such event
   * @throws AccessDeniedException if the actor does not manage it
   */
  CallEditor open(Long actorId, String slug);

  /**
   * Creates the call or saves the changes, and returns the form as saved (with its new version).
   *
   * @throws ValidationException listing every problem, each on its field; a save over a call that
   *     someone else changed since the form was loaded is refused with {@code call.conflict}
   */
  CallForm save(Long actorId, String slug, CallForm form);
}
