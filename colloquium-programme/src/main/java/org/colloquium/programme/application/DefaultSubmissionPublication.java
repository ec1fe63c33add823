package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.programme.api.PublicationView;
import org.colloquium.programme.api.SubmissionPublication;
import org.colloquium.programme.domain.ProgrammeRepository;
import org.colloquium.programme.domain.PublicationChoice;
import org.colloquium.submissions.api.SubmissionRecord;

/** The publication section of an accepted submission's page, for its authors. */
@ApplicationScoped
@Transactional
public class DefaultSubmissionPublication implements SubmissionPublication {

  @Inject PresentedToItsAuthors authors;
  @Inject ProgrammeRepository programme;
  @Inject Clock clock;

  @Override
  public Optional<PublicationView> ofSubmission(Long actorId, Long submissionId) {
    return authors
        .find(actorId, submissionId)
        .map(
            submission -> {
              Optional<PublicationChoice> choice = programme.publicationChoice(submissionId);
              return new PublicationView(
                  submissionId,
                  choice
                      .map(
                          c ->
                              new PublicationView.Choice(
                                  c.abstractPublished(), c.affiliationsPublished()))
                      .orElse(PublicationView.Choice.EVERYTHING),
                  choice.map(PublicationChoice::chosenAt).orElse(null));
            });
  }

  @Override
  public void choose(Long actorId, Long submissionId, PublicationView.Choice choice) {
    SubmissionRecord submission =
        authors
            .find(actorId, submissionId)
            .orElseThrow(() -> new NotFoundException("no such accepted submission of yours"));
    Optional<PublicationChoice> existing = programme.publicationChoice(submissionId);
    PublicationChoice stored =
        existing.orElseGet(() -> new PublicationChoice(submissionId, submission.eventId()));
    stored.choose(
        choice.abstractPublished(), choice.affiliationsPublished(), actorId, clock.instant());
    if (existing.isEmpty()) {
      programme.add(stored);
    }
  }
}
