package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRole;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.CommentView;
import org.colloquium.reviews.api.CommitteeReview;
import org.colloquium.reviews.api.DiscussionView;
import org.colloquium.reviews.api.OtherReviews;
import org.colloquium.reviews.api.PhaseRules;
import org.colloquium.reviews.api.ReviewDiscussions;
import org.colloquium.reviews.api.ReviewProgress;
import org.colloquium.reviews.api.SubmissionDiscussion;
import org.colloquium.reviews.application.ReviewAccess.ReviewContext;
import org.colloquium.reviews.domain.AssignmentRepository;
import org.colloquium.reviews.domain.AuthorResponse;
import org.colloquium.reviews.domain.ConflictRepository;
import org.colloquium.reviews.domain.DiscussionLead;
import org.colloquium.reviews.domain.DiscussionRepository;
import org.colloquium.reviews.domain.Review;
import org.colloquium.reviews.domain.ReviewAssignment;
import org.colloquium.reviews.domain.ReviewComment;
import org.colloquium.reviews.domain.ReviewCriterion;
import org.colloquium.reviews.domain.ReviewRepository;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.discussion.Mentions;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;
import org.colloquium.submissions.api.SubmissionState;

/**
 * The module's implementation of {@link ReviewDiscussions}. Reviewers are labelled as on their
 * review pages: by name when the phase shows names, else by a letter in the order they were
 * assigned (stable for the submission). Organisers are always named.
 */
@ApplicationScoped
@Transactional
public class DefaultReviewDiscussions implements ReviewDiscussions {

  @Inject ReviewAccess access;
  @Inject EventDirectory events;
  @Inject SubmissionDirectory submissions;
  @Inject AccountDirectory accounts;
  @Inject ConflictRepository conflicts;
  @Inject AssignmentRepository assignments;
  @Inject ReviewRepository reviews;
  @Inject ReviewSetupRepository setups;
  @Inject DiscussionRepository discussions;
  @Inject OrganiserConflicts organiserConflicts;
  @Inject ReviewMails mails;

  /** Who takes part in one submission's discussion, and how they are shown. */
  private record Circle(
      ReviewContext context,
      SubmissionRecord submission,
      Map<Long, String> reviewerLabels,
      Set<Long> organisers,
      Map<Long, String> names,
      boolean reviewerNames) {

    String labelOf(Long accountId) {
      if (organisers.contains(accountId) || reviewerNames) {
        return names.getOrDefault(accountId, "?");
      }
      return reviewerLabels.getOrDefault(accountId, "?");
    }

    boolean named(Long accountId) {
      return organisers.contains(accountId) || reviewerNames;
    }
  }

  @Override
  public DiscussionView forReviewer(Long actorId, String slug, int number) {
    ReviewContext context = access.reviewing(actorId, slug);
    SubmissionRecord s = reviewable(context, actorId, number);
    if (!mayRead(context, s, actorId)) {
      return new DiscussionView(List.of(), null, false, false);
    }
    return view(circle(context, s, access.rules(context).reviewerNames()), actorId, true);
  }

  @Override
  public void postAsReviewer(Long actorId, String slug, int number, String text) {
    ReviewContext context = access.reviewing(actorId, slug);
    SubmissionRecord s = reviewable(context, actorId, number);
    if (!mayRead(context, s, actorId)) {
      throw new ValidationException(Problem.global("reviews.discussion.notYet"));
    }
    post(circle(context, s, access.rules(context).reviewerNames()), actorId, text);
  }

  @Override
  public SubmissionDiscussion forOrganiser(Long actorId, String slug, int number) {
    ReviewContext context = access.organised(actorId, slug);
    SubmissionRecord s = decidable(context, actorId, number);
    Circle circle = circle(context, s, true);
    List<ReviewCriterion> form = setups.form(context.eventId());
    List<CommitteeReview> list = new ArrayList<>();
    for (Review r : reviews.ofSubmission(s.id())) {
      list.add(
          new CommitteeReview(
              r.accountId(),
              circle.names().getOrDefault(r.accountId(), "?"),
              r.submitted() ? ReviewProgress.SUBMITTED : ReviewProgress.DRAFT,
              r.submitted() ? r.weightedScore().orElse(null) : null,
              r.submitted() ? r.answers() : Map.of()));
    }
    List<Choice> reviewers =
        circle.reviewerLabels().keySet().stream()
            .map(id -> new Choice(id, circle.names().getOrDefault(id, "?")))
            .toList();
    return new SubmissionDiscussion(
        s.number(),
        s.title(),
        form.stream().map(ReviewCriterion::spec).toList(),
        list,
        view(circle, actorId, true),
        discussions.lead(s.id()).map(DiscussionLead::accountId).orElse(null),
        reviewers,
        discussions.response(s.id()).map(AuthorResponse::body).orElse(null));
  }

  @Override
  public void postAsOrganiser(Long actorId, String slug, int number, String text) {
    ReviewContext context = access.organised(actorId, slug);
    SubmissionRecord s = decidable(context, actorId, number);
    post(circle(context, s, true), actorId, text);
  }

  @Override
  public void setLead(Long actorId, String slug, int number, Long reviewerId) {
    ReviewContext context = access.organised(actorId, slug);
    SubmissionRecord s = decidable(context, actorId, number);
    Optional<DiscussionLead> current = discussions.lead(s.id());
    if (reviewerId == null) {
      current.ifPresent(discussions::remove);
      return;
    }
    boolean assigned =
        assignments
            .find(s.id(), reviewerId)
            .filter(ReviewAssignment::active)
            .filter(a -> !conflicts.conflicted(s.id(), reviewerId))
            .isPresent();
    if (!assigned) {
      throw new ValidationException(Problem.of("lead", "reviews.discussion.leadNotAssigned"));
    }
    if (current.isPresent()) {
      current.get().lead(reviewerId, actorId, access.now());
    } else {
      discussions.add(
          new DiscussionLead(context.eventId(), s.id(), reviewerId, actorId, access.now()));
    }
  }

  private void post(Circle circle, Long actorId, String text) {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw new ValidationException(Problem.of("comment", "reviews.discussion.empty"));
    }
    if (body.length() > MAX_COMMENT) {
      throw new ValidationException(
          Problem.of("comment", "reviews.discussion.tooLong", MAX_COMMENT));
    }
    discussions.add(
        new ReviewComment(
            circle.context().eventId(), circle.submission().id(), actorId, body, access.now()));
    Map<Long, String> readers = new LinkedHashMap<>();
    circle.reviewerLabels().keySet().forEach(id -> readers.put(id, circle.names().get(id)));
    circle.organisers().forEach(id -> readers.put(id, circle.names().get(id)));
    readers.remove(actorId);
    Set<Long> mentioned = Mentions.in(body, readers);
    if (!mentioned.isEmpty()) {
      mails.mentioned(
          circle.context(),
          circle.submission(),
          mentioned,
          circle.organisers(),
          circle.labelOf(actorId),
          body);
    }
  }

  private DiscussionView view(Circle circle, Long actorId, boolean mayPost) {
    List<CommentView> comments = new ArrayList<>();
    for (ReviewComment c : discussions.of(circle.submission().id())) {
      Long author = c.accountId();
      comments.add(
          new CommentView(
              author == null ? "?" : circle.labelOf(author),
              author != null && circle.named(author),
              author != null && circle.organisers().contains(author),
              actorId.equals(author),
              c.body(),
              c.createdAt()));
    }
    Optional<Long> lead = discussions.lead(circle.submission().id()).map(DiscussionLead::accountId);
    return new DiscussionView(
        comments,
        lead.map(circle::labelOf).orElse(null),
        lead.filter(actorId::equals).isPresent(),
        mayPost);
  }

  /**
   * The submission's readers: its assigned reviewers not conflicted with it, and the event's
   * organisers who did not write it and are not conflicted with it.
   */
  private Circle circle(ReviewContext context, SubmissionRecord s, boolean reviewerNames) {
    Map<Long, String> labels = new LinkedHashMap<>();
    List<Long> order = new ArrayList<>();
    reviews.ofSubmission(s.id()).forEach(r -> order.add(r.accountId()));
    for (ReviewAssignment a : assignments.ofSubmission(s.id())) {
      if (a.active() && !order.contains(a.accountId())) {
        order.add(a.accountId());
      }
    }
    Set<Long> conflicted = new java.util.HashSet<>();
    for (int i = 0; i < order.size(); i++) {
      Long id = order.get(i);
      if (conflicts.conflicted(s.id(), id)) {
        conflicted.add(id);
        continue;
      }
      boolean active = assignments.find(s.id(), id).filter(ReviewAssignment::active).isPresent();
      if (active) {
        labels.put(id, String.valueOf((char) ('A' + Math.min(i, 25))));
      }
    }
    Set<Long> organisers = new java.util.LinkedHashSet<>();
    for (Long id : events.membersWith(context.eventId(), EventRole.ORGANISER)) {
      if (organiserConflicts.conflictedFor(id, context.eventId(), List.of(s)).isEmpty()) {
        organisers.add(id);
      }
    }
    List<Long> everyone = new ArrayList<>(labels.keySet());
    everyone.addAll(organisers);
    Map<Long, String> names = new HashMap<>(accounts.names(everyone));
    return new Circle(context, s, labels, organisers, names, reviewerNames);
  }

  /** As on the review page: the other reviews (and so the discussion) as the phase allows. */
  private boolean mayRead(ReviewContext context, SubmissionRecord s, Long actorId) {
    PhaseRules rules = access.rules(context);
    if (rules.otherReviews() == OtherReviews.ALWAYS) {
      return true;
    }
    if (rules.otherReviews() == OtherReviews.NEVER) {
      return false;
    }
    return assignments
        .find(s.id(), actorId)
        .flatMap(a -> reviews.ofAssignment(a.id()))
        .filter(Review::submitted)
        .isPresent();
  }

  /** A submission the reviewer is assigned to and not conflicted with, or a 404. */
  private SubmissionRecord reviewable(ReviewContext context, Long actorId, int number) {
    SubmissionRecord s =
        submissions
            .byNumber(context.eventId(), number)
            .filter(r -> r.state() == SubmissionState.SUBMITTED)
            .orElseThrow(() -> new NotFoundException("#" + number));
    boolean assigned =
        assignments.find(s.id(), actorId).filter(ReviewAssignment::active).isPresent();
    if (!assigned || conflicts.conflicted(s.id(), actorId)) {
      throw new NotFoundException("#" + number);
    }
    return s;
  }

  /** A submission the organiser is free to discuss and decide. */
  private SubmissionRecord decidable(ReviewContext context, Long actorId, int number) {
    SubmissionRecord s =
        submissions
            .byNumber(context.eventId(), number)
            .orElseThrow(() -> new NotFoundException("#" + number));
    if (!organiserConflicts.conflictedFor(actorId, context.eventId(), List.of(s)).isEmpty()) {
      throw new ValidationException(Problem.global("reviews.decision.conflicted", number));
    }
    return s;
  }
}
