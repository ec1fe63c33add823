package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.colloquium.reviews.api.PresentedSubmission;
import org.colloquium.reviews.api.PresentedSubmissions;
import org.colloquium.reviews.domain.DecisionRepository;
import org.colloquium.submissions.api.NotifiedDecision;
import org.colloquium.submissions.api.NotifiedDecisions;

/**
 * Tells the submissions module what the authors were told: the decision as last notified, never one
 * decided since and still pending, so that a final version opens only with the mail that announces
 * it.
 */
@ApplicationScoped
@Transactional
public class DecisionsToldToAuthors implements NotifiedDecisions, PresentedSubmissions {

  @Inject DecisionRepository decisions;

  @Override
  public Optional<NotifiedDecision> of(Long submissionId) {
    return decisions
        .find(submissionId)
        .filter(d -> d.notifiedAt().isPresent())
        .map(
            d ->
                new NotifiedDecision(
                    d.notifiedOutcome().orElseThrow().presented(),
                    d.notifiedTrackId().orElse(null),
                    d.notifiedTypeId().orElse(null),
                    d.notifiedAt().orElseThrow()));
  }

  @Override
  public List<PresentedSubmission> inEvent(Long eventId) {
    return decisions.presentedIn(eventId).stream()
        .map(
            d ->
                new PresentedSubmission(
                    d.submissionId(),
                    d.notifiedOutcome().orElseThrow(),
                    d.notifiedTrackId().orElse(null),
                    d.notifiedTypeId().orElse(null)))
        .toList();
  }
}
