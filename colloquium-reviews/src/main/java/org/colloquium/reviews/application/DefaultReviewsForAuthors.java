package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.reviews.api.AuthorOutcome;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.Outcome;
import org.colloquium.reviews.api.ReviewsForAuthors;
import org.colloquium.reviews.domain.Decision;
import org.colloquium.reviews.domain.DecisionRepository;
import org.colloquium.reviews.domain.Review;
import org.colloquium.reviews.domain.ReviewCriterion;
import org.colloquium.reviews.domain.ReviewRepository;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.decision.AuthorReviews;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;

/**
 * The module's implementation of {@link ReviewsForAuthors}: what the authors were told, never what
 * the organisers decided since.
 */
@ApplicationScoped
@Transactional
public class DefaultReviewsForAuthors implements ReviewsForAuthors {

  @Inject SubmissionDirectory submissions;
  @Inject DecisionRepository decisions;
  @Inject ReviewRepository reviews;
  @Inject ReviewSetupRepository setups;
  @Inject EventDirectory events;
  @Inject AccountDirectory accounts;

  @Override
  public Optional<AuthorOutcome> outcome(Long actorId, Long submissionId) {
    if (actorId == null) {
      return Optional.empty();
    }
    Optional<SubmissionRecord> found = submissions.find(submissionId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SubmissionRecord s = found.get();
    String email = accounts.find(actorId).map(a -> a.email().value()).orElse(null);
    if (!OrganiserConflicts.isAuthor(actorId, email, s)) {
      return Optional.empty();
    }
    Optional<Decision> decision = decisions.find(submissionId);
    if (decision.isEmpty() || decision.get().notifiedAt().isEmpty()) {
      return Optional.empty();
    }
    Decision d = decision.get();
    Outcome outcome = d.notifiedOutcome().orElseThrow();
    Map<Long, String> tracks = DefaultReviewDecisions.names(events.tracks(s.eventId()));
    Map<Long, String> types = DefaultReviewDecisions.names(events.presentationTypes(s.eventId()));
    List<CriterionSpec> form =
        setups.form(s.eventId()).stream().map(ReviewCriterion::spec).toList();
    List<Map<String, String>> answers =
        outcome == Outcome.DUPLICATE
            ? List.of()
            : reviews.ofSubmission(submissionId).stream()
                .filter(Review::submitted)
                .map(Review::answers)
                .toList();
    Integer other =
        d.otherId().flatMap(submissions::find).map(SubmissionRecord::number).orElse(null);
    return Optional.of(
        new AuthorOutcome(
            outcome,
            outcome.presented()
                ? types.get(d.notifiedTypeId().orElse(s.presentationTypeId()))
                : null,
            outcome.presented() ? tracks.get(d.notifiedTrackId().orElse(s.trackId())) : null,
            other,
            d.notifiedAt().orElseThrow(),
            AuthorReviews.of(form, answers)));
  }
}
