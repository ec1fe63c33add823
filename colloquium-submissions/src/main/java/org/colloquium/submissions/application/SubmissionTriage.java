package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.colloquium.events.application.EventAccess;
import org.colloquium.events.domain.Event;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.submissions.domain.DuplicateRule;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionRepository;
import org.colloquium.submissions.domain.SubmissionState;

/** What organisers decide about submissions before review: for now, marking duplicates. */
@ApplicationScoped
@Transactional
public class SubmissionTriage {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  @Inject EventAccess access;
  @Inject SubmissionRepository submissions;

  /**
   * Marks submission {@code number} as a duplicate of {@code originalNumber}, or clears the mark
   * (null).
   *
   * @throws NotFoundException if the event or the submission does not exist for organisers
   * @throws org.colloquium.kernel.access.AccessDeniedException if the actor does not organise it
   * @throws ValidationException (field {@code original}) if the original is unknown, itself, or
   *     would make a chain of duplicates
   */
  public void markDuplicate(Long actorId, String eventSlug, int number, Integer originalNumber) {
    Event event = access.manageable(actorId, eventSlug);
    Submission duplicate =
        submissions
            .findByNumber(event.id(), number)
            .filter(s -> s.state() != SubmissionState.DRAFT)
            .orElseThrow(() -> new NotFoundException("submission " + number));
    if (originalNumber == null) {
      duplicate.markDuplicateOf(null);
      submissions.flush();
      return;
    }
    Submission original = submissions.findByNumber(event.id(), originalNumber).orElse(null);
    boolean hasDuplicates =
        em.createQuery("select count(s) from Submission s where s.duplicateOf = :id", Long.class)
                .setParameter("id", duplicate.id())
                .getSingleResult()
            > 0;
    DuplicateRule.whyNot(duplicate, original, hasDuplicates)
        .ifPresent(
            key -> {
              throw new ValidationException(Problem.of("original", key, originalNumber));
            });
    duplicate.markDuplicateOf(original);
    submissions.flush();
  }
}
