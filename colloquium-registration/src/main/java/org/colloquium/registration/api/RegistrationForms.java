package org.colloquium.registration.api;

import java.util.List;

/**
 * The organisers' questions of an event's registration form: added, changed, ordered, hidden. Every
 * call is refused (not found) for someone who cannot manage the event.
 */
public interface RegistrationForms {

  /** The event's form: its title and every field in order, hidden ones included, with counts. */
  FormSetup form(Long actorId, String slug);

  /** What the organisers' page shows. */
  record FormSetup(String slug, String eventTitle, List<FormField> fields)
      implements java.io.Serializable {}

  /**
   * Adds a field at the end, or changes one. A choice that people chose cannot be removed (close
   * it: places equal to those taken), nor get fewer places than are taken.
   *
   * @return the field's id
   * @throws org.colloquium.kernel.validation.ValidationException naming each wrong input
   */
  Long save(Long actorId, String slug, FieldDraft draft);

  /** Moves a field one place up ({@code up}) or down; nothing at either end. */
  void move(Long actorId, String slug, Long fieldId, boolean up);

  /**
   * Removes a field nobody answered; a field with answers is hidden instead (no longer asked, its
   * answers kept for the exports and given choices back only when registrations end).
   *
   * @return whether it was deleted (false: hidden)
   */
  boolean remove(Long actorId, String slug, Long fieldId);

  /** Asks a hidden field again. */
  void show(Long actorId, String slug, Long fieldId);
}
