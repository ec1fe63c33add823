package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.events.api.EventRole;
import org.colloquium.events.api.ServedFile;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.files.api.FileContent;
import org.colloquium.kernel.files.api.FileStore;
import org.colloquium.kernel.files.api.UploadInspection;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.AssignedReview;
import org.colloquium.reviews.api.Bid;
import org.colloquium.reviews.api.BidFilter;
import org.colloquium.reviews.api.BiddingView;
import org.colloquium.reviews.api.ConflictKind;
import org.colloquium.reviews.api.CriterionSpec;
import org.colloquium.reviews.api.OtherReview;
import org.colloquium.reviews.api.OtherReviews;
import org.colloquium.reviews.api.PhaseKind;
import org.colloquium.reviews.api.PhaseRules;
import org.colloquium.reviews.api.ReviewProgress;
import org.colloquium.reviews.api.ReviewSheetView;
import org.colloquium.reviews.api.ReviewerDesk;
import org.colloquium.reviews.api.ReviewerEvent;
import org.colloquium.reviews.application.ReviewAccess.ReviewContext;
import org.colloquium.reviews.domain.AssignmentRepository;
import org.colloquium.reviews.domain.AuthorResponse;
import org.colloquium.reviews.domain.ConflictRepository;
import org.colloquium.reviews.domain.DiscussionRepository;
import org.colloquium.reviews.domain.Review;
import org.colloquium.reviews.domain.ReviewAssignment;
import org.colloquium.reviews.domain.ReviewBid;
import org.colloquium.reviews.domain.ReviewConflict;
import org.colloquium.reviews.domain.ReviewCriterion;
import org.colloquium.reviews.domain.ReviewRepository;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.ReviewerSettings;
import org.colloquium.reviews.domain.affinity.TopicSearch;
import org.colloquium.reviews.domain.form.ReviewSheet;
import org.colloquium.reviews.domain.form.Scoring;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionOutline;
import org.colloquium.submissions.api.SubmissionRecord;
import org.colloquium.submissions.api.SubmissionState;

/** The module's implementation of {@link ReviewerDesk}. */
@ApplicationScoped
@Transactional
public class DefaultReviewerDesk implements ReviewerDesk {

  /** The most keywords a reviewer lists as interests, and the longest one. */
  static final int MAX_KEYWORDS = 30;

  static final int MAX_KEYWORD = 100;

  static final int MAX_REASON = 1000;

  @Inject ReviewAccess access;
  @Inject EventDirectory events;
  @Inject SubmissionDirectory submissions;
  @Inject ConflictRepository conflicts;
  @Inject AssignmentRepository assignments;
  @Inject ReviewRepository reviews;
  @Inject ReviewSetupRepository setups;
  @Inject ReviewMails mails;
  @Inject DiscussionRepository discussions;
  @Inject FileStore files;
  @Inject UploadInspection inspection;
  @Inject AccountDirectory accounts;

  @Override
  public List<ReviewerEvent> events(Long actorId) {
    Set<Long> eventIds = new LinkedHashSet<>(events.eventsWhere(actorId, EventRole.REVIEWER));
    eventIds.addAll(events.eventsWhere(actorId, EventRole.TRACK_CHAIR));
    List<ReviewerEvent> rows = new ArrayList<>();
    for (EventRecord event : events.byIds(eventIds)) {
      if (events.callOf(event.id()).isEmpty()) {
        continue;
      }
      ReviewContext context = access.reviewing(actorId, event.slug().value());
      Optional<PhaseKind> phase = access.currentPhase(context);
      List<ReviewAssignment> mine = assignments.ofReviewer(event.id(), actorId);
      Set<Long> conflicted = conflicts.conflictedSubmissions(event.id(), actorId);
      long active =
          mine.stream()
              .filter(ReviewAssignment::active)
              .filter(a -> !conflicted.contains(a.submissionId()))
              .count();
      long done =
          reviews.ofReviewer(event.id(), actorId).stream()
              .filter(Review::submitted)
              .filter(r -> !conflicted.contains(r.submissionId()))
              .count();
      rows.add(
          new ReviewerEvent(
              event.slug().value(),
              event.title(),
              phase.orElse(null),
              access.rules(context),
              (int) active,
              (int) done));
    }
    rows.sort(Comparator.comparing(ReviewerEvent::title));
    return rows;
  }

  @Override
  public BiddingView bidding(Long actorId, String slug, BidFilter filter) {
    ReviewContext context = access.reviewing(actorId, slug);
    Long eventId = context.eventId();
    Set<Long> conflicted = conflicts.conflictedSubmissions(eventId, actorId);
    Map<Long, Bid> bids =
        assignments.bidsOf(eventId, actorId).stream()
            .collect(Collectors.toMap(ReviewBid::submissionId, ReviewBid::bid));
    List<Choice> tracks = events.tracks(eventId);
    Map<Long, String> trackNames = trackNames(tracks);
    TopicSearch search = TopicSearch.of(filter.words());
    boolean byWords = filter.words() != null && !filter.words().isBlank();
    List<Long> matching = new ArrayList<>();
    int left = 0;
    // Without words to search, outlines suffice to filter and count: only the page's submissions
    // are read whole (a call of 20,000 would otherwise load every abstract and author).
    if (byWords) {
      for (SubmissionRecord s : submissions.submitted(eventId)) {
        if (conflicted.contains(s.id())) {
          left++;
        } else if ((filter.trackId() == null || filter.trackId().equals(s.trackId()))
            && search.matches(s.title(), s.keywords(), s.abstractText())) {
          matching.add(s.id());
        }
      }
    } else {
      for (SubmissionOutline s : submissions.outlines(eventId)) {
        if (conflicted.contains(s.id())) {
          left++;
        } else if (filter.trackId() == null || filter.trackId().equals(s.trackId())) {
          matching.add(s.id());
        }
      }
    }
    int pages = Math.max(1, (matching.size() + filter.size() - 1) / filter.size());
    BidFilter shown =
        new BidFilter(
            filter.trackId(), filter.words(), Math.min(filter.page(), pages - 1), filter.size());
    int from = shown.page() * shown.size();
    List<Long> pageIds = matching.subList(from, Math.min(matching.size(), from + shown.size()));
    Map<Long, SubmissionRecord> byId =
        submissions.byIds(pageIds).stream().collect(Collectors.toMap(SubmissionRecord::id, s -> s));
    // Only the page's rows are rendered (their abstracts as HTML): a big call stays cheap.
    List<BiddingView.Row> rows =
        pageIds.stream()
            .map(byId::get)
            .filter(java.util.Objects::nonNull)
            .map(
                s ->
                    new BiddingView.Row(
                        BlindView.of(s, context.call().reviewMode(), trackNames),
                        bids.getOrDefault(s.id(), Bid.NEUTRAL)))
            .toList();
    Optional<ReviewerSettings> settings = setups.reviewer(eventId, actorId);
    return new BiddingView(
        slug,
        context.event().title(),
        context.call().reviewMode(),
        access.currentPhase(context).orElse(null),
        access.rules(context).reviewersBid(),
        rows,
        shown,
        matching.size(),
        tracks,
        settings.map(ReviewerSettings::trackIds).orElse(Set.of()),
        settings.map(ReviewerSettings::keywords).orElse(List.of()),
        left);
  }

  @Override
  public void bid(Long actorId, String slug, int number, Bid bid) {
    ReviewContext context = access.reviewing(actorId, slug);
    if (!access.rules(context).reviewersBid()) {
      throw new ValidationException(Problem.global("reviews.bid.closed"));
    }
    SubmissionRecord submission = visibleSubmission(context, actorId, number);
    if (bid == Bid.CONFLICT) {
      conflicts.forget(submission.id(), actorId, ConflictKind.DECLARED_BY_REVIEWER);
      conflicts.add(
          new ReviewConflict(
              context.eventId(),
              submission.id(),
              actorId,
              ConflictKind.DECLARED_BY_REVIEWER,
              null,
              access.now()));
      assignments.bid(submission.id(), actorId).ifPresent(assignments::remove);
      return;
    }
    ReviewBid row =
        assignments
            .bid(submission.id(), actorId)
            .orElseGet(
                () -> {
                  ReviewBid created = new ReviewBid(context.eventId(), submission.id(), actorId);
                  created.place(bid, access.now());
                  assignments.add(created);
                  return created;
                });
    row.place(bid, access.now());
  }

  @Override
  public void interests(Long actorId, String slug, Set<Long> trackIds, List<String> keywords) {
    ReviewContext context = access.reviewing(actorId, slug);
    Set<Long> known =
        events.tracks(context.eventId()).stream().map(Choice::id).collect(Collectors.toSet());
    List<Problem> problems = new ArrayList<>();
    if (!known.containsAll(trackIds)) {
      problems.add(Problem.of("tracks", "reviews.interests.unknownTrack"));
    }
    List<String> words =
        keywords.stream()
            .map(String::strip)
            .filter(k -> !k.isEmpty())
            .distinct()
            .collect(Collectors.toList());
    if (words.size() > MAX_KEYWORDS) {
      problems.add(Problem.of("keywords", "reviews.interests.tooManyKeywords", MAX_KEYWORDS));
    }
    if (words.stream().anyMatch(k -> k.length() > MAX_KEYWORD)) {
      problems.add(Problem.of("keywords", "reviews.interests.keywordTooLong", MAX_KEYWORD));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    ReviewerSettings settings =
        setups
            .reviewer(context.eventId(), actorId)
            .orElseGet(
                () -> {
                  ReviewerSettings created = new ReviewerSettings(context.eventId(), actorId);
                  setups.add(created);
                  return created;
                });
    settings.interests(trackIds, words);
  }

  @Override
  public List<AssignedReview> assigned(Long actorId, String slug) {
    ReviewContext context = access.reviewing(actorId, slug);
    Long eventId = context.eventId();
    Set<Long> conflicted = conflicts.conflictedSubmissions(eventId, actorId);
    List<ReviewAssignment> mine =
        assignments.ofReviewer(eventId, actorId).stream()
            .filter(a -> !conflicted.contains(a.submissionId()))
            .toList();
    Map<Long, Review> byAssignment =
        reviews.ofReviewer(eventId, actorId).stream()
            .collect(Collectors.toMap(Review::assignmentId, Function.identity()));
    Map<Long, SubmissionRecord> records =
        submissions.byIds(mine.stream().map(ReviewAssignment::submissionId).toList()).stream()
            .collect(Collectors.toMap(SubmissionRecord::id, Function.identity()));
    List<AssignedReview> rows = new ArrayList<>();
    for (ReviewAssignment a : mine) {
      SubmissionRecord s = records.get(a.submissionId());
      if (s == null || s.state() != SubmissionState.SUBMITTED) {
        continue;
      }
      rows.add(
          new AssignedReview(
              s.number(),
              s.title(),
              progress(byAssignment.get(a.id())),
              !a.active(),
              a.declinedReason()));
    }
    rows.sort(Comparator.comparingInt(AssignedReview::number));
    return rows;
  }

  @Override
  public ReviewSheetView sheet(Long actorId, String slug, int number) {
    ReviewContext context = access.reviewing(actorId, slug);
    SubmissionRecord submission = visibleSubmission(context, actorId, number);
    ReviewAssignment assignment = activeAssignment(submission, actorId, slug);
    return sheet(context, submission, reviews.ofAssignment(assignment.id()));
  }

  @Override
  public ReviewSheetView save(
      Long actorId,
      String slug,
      int number,
      Map<String, String> answers,
      int version,
      boolean submit) {
    ReviewContext context = access.reviewing(actorId, slug);
    SubmissionRecord submission = visibleSubmission(context, actorId, number);
    ReviewAssignment assignment = activeAssignment(submission, actorId, slug);
    if (!access.rules(context).reviewersReview()) {
      throw new ValidationException(Problem.global("reviews.review.closed"));
    }
    List<CriterionSpec> form = form(context);
    Map<String, String> given = new HashMap<>(answers);
    List<Problem> problems = new ArrayList<>(ReviewSheet.check(form, given, submit));
    Optional<Review> existing = reviews.ofAssignment(assignment.id());
    int current = existing.map(Review::version).orElse(-1);
    if (current != version) {
      problems.add(0, Problem.global("reviews.review.changedMeanwhile"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Review review =
        existing.orElseGet(
            () -> {
              Review created = new Review(assignment, access.now());
              reviews.add(created);
              return created;
            });
    review.answer(given, access.now());
    if (submit || review.submitted()) {
      review.submit(
          Scoring.weightedScore(form, given), Scoring.confidence(form, given), access.now());
    }
    reviews.flush();
    return sheet(context, submission, Optional.of(review));
  }

  @Override
  public Optional<ServedFile> file(Long actorId, String slug, int number) {
    ReviewContext context = access.reviewing(actorId, slug);
    SubmissionRecord submission = visibleSubmission(context, actorId, number);
    activeAssignment(submission, actorId, slug);
    FileContent stored =
        submission
            .file()
            .flatMap(files::read)
            .orElseThrow(() -> new NotFoundException(slug + "#" + number + " file"));
    return inspection
        .stripMetadata(actorId, stored.bytes())
        .map(
            bytes ->
                new ServedFile(
                    bytes,
                    "application/pdf",
                    context.event().slug().value() + "-" + number + ".pdf",
                    stored.sha256()));
  }

  @Override
  public void decline(Long actorId, String slug, int number, String reason) {
    ReviewContext context = access.reviewing(actorId, slug);
    SubmissionRecord submission = visibleSubmission(context, actorId, number);
    ReviewAssignment assignment = activeAssignment(submission, actorId, slug);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new ValidationException(Problem.of("reason", "reviews.decline.reasonRequired"));
    }
    if (why.length() > MAX_REASON) {
      throw new ValidationException(
          Problem.of("reason", "reviews.decline.reasonTooLong", MAX_REASON));
    }
    if (reviews.ofAssignment(assignment.id()).filter(Review::submitted).isPresent()) {
      throw new ValidationException(Problem.global("reviews.decline.alreadyReviewed"));
    }
    assignment.decline(why, access.now());
    mails.declined(context, submission, actorId, why);
  }

  private ReviewSheetView sheet(
      ReviewContext context, SubmissionRecord submission, Optional<Review> review) {
    PhaseRules rules = access.rules(context);
    boolean ownSubmitted = review.filter(Review::submitted).isPresent();
    boolean readOthers =
        rules.otherReviews() == OtherReviews.ALWAYS
            || (rules.otherReviews() == OtherReviews.AFTER_OWN && ownSubmitted);
    List<OtherReview> others = List.of();
    if (readOthers) {
      Long me = review.map(Review::accountId).orElse(null);
      List<Review> all = reviews.ofSubmission(submission.id());
      Map<Long, String> names =
          rules.reviewerNames()
              ? accounts.names(all.stream().map(Review::accountId).toList())
              : Map.of();
      List<OtherReview> list = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        Review other = all.get(i);
        if (other.submitted() && !other.accountId().equals(me)) {
          String label =
              rules.reviewerNames()
                  ? names.getOrDefault(other.accountId(), "?")
                  : String.valueOf((char) ('A' + Math.min(i, 25)));
          list.add(new OtherReview(label, other.answers()));
        }
      }
      others = list;
    }
    return new ReviewSheetView(
        context.event().slug().value(),
        context.event().title(),
        context.call().reviewMode(),
        BlindView.of(
            submission, context.call().reviewMode(), trackNames(events.tracks(context.eventId()))),
        form(context),
        review.map(Review::answers).orElse(Map.of()),
        review.map(Review::version).orElse(-1),
        progress(review.orElse(null)),
        rules.reviewersReview(),
        access.currentPhase(context).orElse(null),
        others,
        readOthers
            ? discussions.response(submission.id()).map(AuthorResponse::body).orElse(null)
            : null);
  }

  private List<CriterionSpec> form(ReviewContext context) {
    return setups.form(context.eventId()).stream().map(ReviewCriterion::spec).toList();
  }

  /** A submitted submission of the event the actor is not conflicted with, or a 404. */
  private SubmissionRecord visibleSubmission(ReviewContext context, Long actorId, int number) {
    SubmissionRecord s =
        submissions
            .byNumber(context.eventId(), number)
            .filter(r -> r.state() == SubmissionState.SUBMITTED)
            .orElseThrow(() -> new NotFoundException("#" + number));
    if (conflicts.conflicted(s.id(), actorId)) {
      throw new NotFoundException("#" + number);
    }
    return s;
  }

  private ReviewAssignment activeAssignment(SubmissionRecord s, Long actorId, String slug) {
    return assignments
        .find(s.id(), actorId)
        .filter(ReviewAssignment::active)
        .orElseThrow(() -> new NotFoundException(slug + "#" + s.number()));
  }

  private static ReviewProgress progress(Review review) {
    if (review == null) {
      return ReviewProgress.NOT_STARTED;
    }
    return review.submitted() ? ReviewProgress.SUBMITTED : ReviewProgress.DRAFT;
  }

  static Map<Long, String> trackNames(List<Choice> tracks) {
    return tracks.stream().collect(Collectors.toMap(Choice::id, Choice::name));
  }
}
