package org.colloquium.submissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.persistence.PersistenceUnit;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.submissions.api.SubmissionState;
import org.colloquium.submissions.api.SubmissionTriage;
import org.colloquium.submissions.domain.DuplicateRule;
import org.colloquium.submissions.domain.Submission;
import org.colloquium.submissions.domain.SubmissionRepository;

/** The module's implementation of {@link SubmissionTriage}. */
@ApplicationScoped
@Transactional
public class DefaultSubmissionTriage implements SubmissionTriage {

  @PersistenceContext(unitName = PersistenceUnit.NAME)
  EntityManager em;

  @Inject EventDirectory access;
  @Inject SubmissionRepository submissions;

  @Override
  public void markDuplicate(Long actorId, String eventSlug, int number, Integer originalNumber) {
    EventRecord event = access.manageable(actorId, eventSlug);
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
