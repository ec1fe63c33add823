package org.colloquium.events.api;

import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.validation.ValidationException;

/**
 * Setting up an event: creating one (from scratch or as the next edition of an earlier one),
 * editing its details, and moving it between draft, published and archived. Every method checks the
 * actor's role for that event through {@link EventAccess}.
 */
public interface EventEditing {
  /**
   * Creates a draft; the actor becomes its organiser.
   *
   * @return the new event's slug
   * @throws AccessDeniedException unless the actor is an administrator or organises some event
   * @throws ValidationException listing every problem with the input
   */
  String create(Long actorId, EventInput input);

  /**
   * Starts the next edition of an event the actor manages: a draft with the source's own fields and
   * partners, the edition number one higher and the dates moved; then every feature copies its part
   * through {@link EventCopied}. The actor becomes its organiser.
   *
   * @return the new event's slug
   */
  String copy(Long actorId, EditionCopy request);

  /** The event's current values for its edit form. */
  EventEditable editable(Long actorId, String slug);

  /**
   * Saves the edit form.
   *
   * @param version the version the form was loaded with; if someone saved in between, nothing is
   *     changed and the problem {@code event.conflict} is reported, so the user keeps their input
   * @return the event's slug, which may have changed (drafts only)
   */
  String save(Long actorId, String slug, int version, EventInput input);

  void publish(Long actorId, String slug);

  void archive(Long actorId, String slug);

  void backToDraft(Long actorId, String slug);
}
