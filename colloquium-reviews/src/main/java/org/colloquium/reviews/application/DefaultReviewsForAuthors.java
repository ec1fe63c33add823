package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.ReviewMode;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.AuthorOutcome;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.Outcome;
import org.colloquium.reviews.api.PhaseRules;
import org.colloquium.reviews.api.ResponseWindow;
import org.colloquium.reviews.api.ReviewsForAuthors;
import org.colloquium.reviews.application.ReviewAccess.ReviewContext;
import org.colloquium.reviews.domain.AuthorResponse;
import org.colloquium.reviews.domain.Decision;
import org.colloquium.reviews.domain.DecisionRepository;
import org.colloquium.reviews.domain.DiscussionRepository;
import org.colloquium.reviews.domain.Review;
import org.colloquium.reviews.domain.ReviewCriterion;
import org.colloquium.reviews.domain.ReviewRepository;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.decision.AuthorReviews;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;
import org.colloquium.submissions.api.WordCount;

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
  @Inject ReviewAccess access;
  @Inject DiscussionRepository discussions;

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
    List<Review> submitted =
        outcome == Outcome.DUPLICATE
            ? List.of()
            : reviews.ofSubmission(submissionId).stream().filter(Review::submitted).toList();
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
            AuthorReviews.of(
                form,
                submitted.stream().map(Review::answers).toList(),
                namesIfOpen(s.eventId(), submitted))));
  }

  /** The reviewers' names in the reviews' order in an open review; null in a blind one. */
  private List<String> namesIfOpen(Long eventId, List<Review> submitted) {
    boolean open = events.callOf(eventId).map(c -> c.reviewMode() == ReviewMode.OPEN).orElse(false);
    if (!open) {
      return null;
    }
    Map<Long, String> names =
        accounts.names(submitted.stream().map(Review::accountId).distinct().toList());
    return submitted.stream().map(r -> names.getOrDefault(r.accountId(), "?")).toList();
  }

  @Override
  public Optional<ResponseWindow> responseWindow(Long actorId, Long submissionId) {
    Optional<SubmissionRecord> authored = authored(actorId, submissionId);
    if (authored.isEmpty()) {
      return Optional.empty();
    }
    SubmissionRecord s = authored.get();
    Optional<ReviewContext> context = access.ofEvent(s.eventId());
    if (context.isEmpty() || setups.find(s.eventId()).isEmpty()) {
      return Optional.empty();
    }
    PhaseRules rules = access.rules(context.get());
    if (!rules.authorsSeeReviews() && !rules.authorsRespond()) {
      return Optional.empty();
    }
    Optional<AuthorResponse> response = discussions.response(submissionId);
    List<Review> submitted =
        reviews.ofSubmission(submissionId).stream().filter(Review::submitted).toList();
    return Optional.of(
        new ResponseWindow(
            AuthorReviews.of(
                setups.form(s.eventId()).stream().map(ReviewCriterion::spec).toList(),
                submitted.stream().map(Review::answers).toList(),
                namesIfOpen(s.eventId(), submitted)),
            rules.authorsRespond() && response.isEmpty(),
            ResponseWindow.WORD_LIMIT,
            response.map(AuthorResponse::body).orElse(null),
            response.map(AuthorResponse::submittedAt).orElse(null)));
  }

  @Override
  public void respond(Long actorId, Long submissionId, String text) {
    SubmissionRecord s =
        authored(actorId, submissionId)
            .orElseThrow(() -> new NotFoundException("submission " + submissionId));
    ReviewContext context =
        access.ofEvent(s.eventId()).orElseThrow(() -> new NotFoundException("event"));
    if (setups.find(s.eventId()).isEmpty() || !access.rules(context).authorsRespond()) {
      throw new ValidationException(Problem.global("reviews.response.closed"));
    }
    // Locked so that two co-authors answering at once give one response, not a failed insert.
    setups.locked(s.eventId());
    if (discussions.response(submissionId).isPresent()) {
      throw new ValidationException(Problem.global("reviews.response.given"));
    }
    String body = text == null ? "" : text.strip();
    int words = WordCount.of(body);
    if (body.isEmpty()) {
      throw new ValidationException(Problem.of("response", "reviews.response.empty"));
    }
    if (words > ResponseWindow.WORD_LIMIT || body.length() > 20000) {
      throw new ValidationException(
          Problem.of("response", "reviews.response.tooLong", words, ResponseWindow.WORD_LIMIT));
    }
    discussions.add(new AuthorResponse(s.eventId(), s.id(), actorId, body, words, access.now()));
  }

  /** The handed-in submission, if the actor is its submitter or one of its authors. */
  private Optional<SubmissionRecord> authored(Long actorId, Long submissionId) {
    if (actorId == null) {
      return Optional.empty();
    }
    String email = accounts.find(actorId).map(a -> a.email().value()).orElse(null);
    return submissions
        .find(submissionId)
        .filter(s -> s.state() == org.colloquium.submissions.api.SubmissionState.SUBMITTED)
        .filter(s -> OrganiserConflicts.isAuthor(actorId, email, s));
  }
}
