package org.colloquium.reviews.api;

/**
 * Organisers set up an event's review: reviews per submission, loads, the phases with their dates
 * and rules, a phase switched by hand. The first read creates the defaults (five phases, not
 * scheduled, and the default review form). Every method checks that the actor organises the event.
 */
public interface ReviewSetups {

  /**
   * @throws org.colloquium.kernel.access.NotFoundException if there is no such event or it has no
   *     call for papers
   * @throws org.colloquium.kernel.access.AccessDeniedException if the actor does not organise it
   */
  ReviewSetupView setup(Long actorId, String slug);

  /**
   * @throws org.colloquium.kernel.validation.ValidationException listing what is wrong (numbers out
   *     of range, phases out of order, a change made meanwhile)
   */
  ReviewSetupView change(Long actorId, String slug, SetupChange change);

  /** Switches to a phase by hand now; it holds until a later phase's scheduled start passes. */
  ReviewSetupView switchTo(Long actorId, String slug, PhaseKind kind);

  /**
   * Replaces the review form with these criteria, in this order (a criterion keeps its answers by
   * its key). Submitted reviews are scored again with the new weights.
   *
   * @throws org.colloquium.kernel.validation.ValidationException as {@code FormRules} finds: once
   *     reviews exist, every criterion stays with its kind and its scale's values
   */
  ReviewSetupView changeForm(Long actorId, String slug, java.util.List<CriterionSpec> criteria);
}
