package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRole;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.AssignmentOverview;
import org.colloquium.reviews.api.Bid;
import org.colloquium.reviews.api.ReviewAssignments;
import org.colloquium.reviews.api.ReviewProgress;
import org.colloquium.reviews.api.RunState;
import org.colloquium.reviews.api.RunView;
import org.colloquium.reviews.api.ShortReason;
import org.colloquium.reviews.application.ReviewAccess.ReviewContext;
import org.colloquium.reviews.domain.AssignmentRepository;
import org.colloquium.reviews.domain.AssignmentRun;
import org.colloquium.reviews.domain.ConflictPin;
import org.colloquium.reviews.domain.ConflictRepository;
import org.colloquium.reviews.domain.Review;
import org.colloquium.reviews.domain.ReviewAssignment;
import org.colloquium.reviews.domain.ReviewBid;
import org.colloquium.reviews.domain.ReviewConflict;
import org.colloquium.reviews.domain.ReviewRepository;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.ReviewerSettings;
import org.colloquium.reviews.domain.affinity.Affinity;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;

/** The module's implementation of {@link ReviewAssignments}. */
@ApplicationScoped
@Transactional
public class DefaultReviewAssignments implements ReviewAssignments {

  /** How many proposed pairs the preview lists; the rest are counted. */
  static final int PREVIEW = 500;

  static final int MAX_PIN_REASON = 500;

  /** The least time between two reminders of one event's late reviewers. */
  static final Duration REMINDER_PAUSE = Duration.ofHours(1);

  @Inject ReviewAccess access;
  @Inject EventDirectory events;
  @Inject SubmissionDirectory submissions;
  @Inject AccountDirectory accounts;
  @Inject ConflictRepository conflicts;
  @Inject AssignmentRepository assignments;
  @Inject ReviewRepository reviews;
  @Inject ReviewSetupRepository setups;
  @Inject ConflictFinder finder;
  @Inject ReviewMails mails;
  @Inject LateReviewers lateReviewers;

  @Override
  public AssignmentOverview overview(Long actorId, String slug) {
    ReviewContext context = access.managed(actorId, slug);
    Long eventId = context.eventId();
    Set<Long> mine = conflicts.conflictedSubmissions(eventId, actorId);
    List<SubmissionRecord> all =
        submissions.submitted(eventId).stream().filter(s -> context.covers(s.trackId())).toList();
    List<ReviewAssignment> pairs = assignments.ofEvent(eventId);
    Map<Long, Review> reviewOf =
        reviews.ofEvent(eventId).stream()
            .collect(Collectors.toMap(Review::assignmentId, Function.identity()));
    List<Long> reviewerIds = events.membersWith(eventId, EventRole.REVIEWER);
    Set<Long> people = new HashSet<>(reviewerIds);
    pairs.forEach(p -> people.add(p.accountId()));
    Map<Long, String> names = accounts.names(people);
    Map<Long, String> trackNames = DefaultReviewerDesk.trackNames(events.tracks(eventId));
    Map<Long, List<ReviewAssignment>> bySubmission =
        pairs.stream().collect(Collectors.groupingBy(ReviewAssignment::submissionId));
    int k = context.setup().reviewsPerSubmission();
    List<AssignmentOverview.SubmissionRow> rows = new ArrayList<>();
    for (SubmissionRecord s : all) {
      if (mine.contains(s.id())) {
        continue;
      }
      List<AssignmentOverview.Assignee> assignees = new ArrayList<>();
      int active = 0;
      for (ReviewAssignment a : bySubmission.getOrDefault(s.id(), List.of())) {
        Review r = reviewOf.get(a.id());
        ReviewProgress progress =
            r == null
                ? ReviewProgress.NOT_STARTED
                : r.submitted() ? ReviewProgress.SUBMITTED : ReviewProgress.DRAFT;
        assignees.add(
            new AssignmentOverview.Assignee(
                a.accountId(),
                names.getOrDefault(a.accountId(), "?"),
                !a.active(),
                a.declinedReason(),
                progress));
        if (a.active()) {
          active++;
        }
      }
      rows.add(
          new AssignmentOverview.SubmissionRow(
              s.number(),
              s.title(),
              s.trackId() == null ? null : trackNames.get(s.trackId()),
              assignees,
              Math.max(0, k - active)));
    }
    Map<Long, Long> load =
        pairs.stream()
            .filter(ReviewAssignment::active)
            .collect(Collectors.groupingBy(ReviewAssignment::accountId, Collectors.counting()));
    Map<Long, Long> bids =
        assignments.bidsOfEvent(eventId).stream()
            .collect(Collectors.groupingBy(ReviewBid::accountId, Collectors.counting()));
    Map<Long, Long> conflictCount =
        conflicts.reasonsOfEvent(eventId).stream()
            .map(c -> List.of(c.submissionId(), c.accountId()))
            .distinct()
            .collect(Collectors.groupingBy(p -> p.get(1), Collectors.counting()));
    Map<Long, ReviewerSettings> own =
        setups.reviewers(eventId).stream()
            .collect(Collectors.toMap(ReviewerSettings::accountId, Function.identity()));
    List<AssignmentOverview.ReviewerRow> reviewerRows = new ArrayList<>();
    List<Choice> tracks = events.tracks(eventId);
    for (Long id : reviewerIds) {
      ReviewerSettings settings = own.get(id);
      Set<Long> pool = settings == null ? Set.of() : settings.poolTrackIds();
      List<Choice> poolTracks = tracks.stream().filter(t -> pool.contains(t.id())).toList();
      reviewerRows.add(
          new AssignmentOverview.ReviewerRow(
              id,
              names.getOrDefault(id, "?"),
              load.getOrDefault(id, 0L).intValue(),
              settings == null
                  ? context.setup().minLoad()
                  : settings.minLoad().orElse(context.setup().minLoad()),
              settings == null
                  ? context.setup().maxLoad()
                  : settings.maxLoad().orElse(context.setup().maxLoad()),
              bids.getOrDefault(id, 0L).intValue(),
              conflictCount.getOrDefault(id, 0L).intValue(),
              poolTracks.stream().map(Choice::id).toList(),
              poolTracks.stream().map(Choice::name).toList()));
    }
    reviewerRows.sort(Comparator.comparing(AssignmentOverview.ReviewerRow::name));
    RunView run =
        context.wholeEvent()
            ? assignments.latestRun(eventId).map(r -> runView(r, all, names, mine)).orElse(null)
            : null;
    return new AssignmentOverview(
        slug,
        context.event().title(),
        context.call().reviewMode(),
        k,
        rows,
        reviewerRows,
        mine.size(),
        run,
        conflictRows(eventId, all, mine, names),
        tracks,
        context.wholeEvent());
  }

  @Override
  public void assign(Long actorId, String slug, int number, Long reviewerId) {
    ReviewContext context = access.managed(actorId, slug);
    SubmissionRecord s = decidable(context, actorId, number);
    if (!events.roles(reviewerId, context.eventId()).contains(EventRole.REVIEWER)) {
      throw new ValidationException(Problem.global("reviews.assign.notReviewer"));
    }
    if (conflicts.conflicted(s.id(), reviewerId)) {
      String name = accounts.names(List.of(reviewerId)).getOrDefault(reviewerId, "?");
      List<Problem> why = new ArrayList<>();
      for (ReviewConflict c : conflicts.reasons(s.id(), reviewerId)) {
        why.add(
            Problem.global(
                "reviews.conflict." + c.kind(),
                name,
                number,
                c.detail() == null ? "" : c.detail()));
      }
      conflicts
          .pin(s.id(), reviewerId)
          .filter(p -> p.conflicted())
          .ifPresent(
              p ->
                  why.add(
                      Problem.global(
                          "reviews.conflict.PINNED_BY_ORGANISER",
                          name,
                          number,
                          p.reason() == null ? "" : p.reason())));
      throw new ValidationException(why);
    }
    var pool = setups.reviewer(context.eventId(), reviewerId);
    if (pool.isPresent() && !pool.get().reviewsTrack(s.trackId())) {
      Set<Long> trackIds = pool.get().poolTrackIds();
      throw new ValidationException(
          Problem.global(
              "reviews.assign.notInPool",
              accounts.names(List.of(reviewerId)).getOrDefault(reviewerId, "?"),
              number,
              events.tracks(context.eventId()).stream()
                  .filter(t -> trackIds.contains(t.id()))
                  .map(Choice::name)
                  .collect(Collectors.joining(", "))));
    }
    var existing = assignments.find(s.id(), reviewerId);
    if (existing.isPresent()) {
      if (!existing.get().active()) {
        existing.get().reassign(ReviewAssignment.Source.MANUAL, actorId, access.now());
      }
      return;
    }
    assignments.add(
        new ReviewAssignment(
            context.eventId(),
            s.id(),
            reviewerId,
            ReviewAssignment.Source.MANUAL,
            actorId,
            access.now()));
    mails.assigned(context, Map.of(reviewerId, List.of(s)));
  }

  @Override
  public void unassign(Long actorId, String slug, int number, Long reviewerId) {
    ReviewContext context = access.managed(actorId, slug);
    SubmissionRecord s = decidable(context, actorId, number);
    assignments.find(s.id(), reviewerId).ifPresent(assignments::remove);
  }

  @Override
  public Long startRun(Long actorId, String slug, boolean balance) {
    ReviewContext context = access.organised(actorId, slug);
    var latest = assignments.latestRun(context.eventId());
    if (latest.isPresent() && !latest.get().state().finished()) {
      throw new ValidationException(Problem.global("reviews.run.pending"));
    }
    AssignmentRun run = new AssignmentRun(context.eventId(), balance, actorId, access.now());
    assignments.add(run);
    assignments.flush();
    return run.id();
  }

  @Override
  public void cancelRun(Long actorId, String slug, Long runId) {
    AssignmentRun run = runOf(access.organised(actorId, slug), runId);
    if (run.state() == AssignmentRun.State.QUEUED) {
      run.end(AssignmentRun.State.CANCELLED, null, access.now());
    } else if (run.abandoned(access.now())) {
      // Its node is gone: nothing will see the request, so it ends here.
      run.end(AssignmentRun.State.CANCELLED, null, access.now());
    } else if (run.state() == AssignmentRun.State.RUNNING) {
      run.requestCancel();
    }
  }

  @Override
  public int commitRun(Long actorId, String slug, Long runId) {
    ReviewContext context = access.organised(actorId, slug);
    AssignmentRun run = runOf(context, runId);
    if (run.state() != AssignmentRun.State.DONE) {
      throw new ValidationException(Problem.global("reviews.run.notCommittable"));
    }
    List<long[]> proposal = assignments.proposal(runId);
    Map<Long, SubmissionRecord> records =
        submissions.submitted(context.eventId()).stream()
            .collect(Collectors.toMap(SubmissionRecord::id, Function.identity()));
    Map<Long, List<SubmissionRecord>> added = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (long[] pair : proposal) {
      SubmissionRecord s = records.get(pair[0]);
      if (s == null || conflicts.conflicted(pair[0], pair[1])) {
        problems.add(Problem.global("reviews.run.stale"));
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    for (long[] pair : proposal) {
      SubmissionRecord s = records.get(pair[0]);
      var existing = assignments.find(pair[0], pair[1]);
      if (existing.isPresent()) {
        if (existing.get().active()) {
          continue;
        }
        existing.get().reassign(ReviewAssignment.Source.AUTOMATIC, actorId, access.now());
      } else {
        assignments.add(
            new ReviewAssignment(
                context.eventId(),
                pair[0],
                pair[1],
                ReviewAssignment.Source.AUTOMATIC,
                actorId,
                access.now()));
      }
      added.computeIfAbsent(pair[1], id -> new ArrayList<>()).add(s);
    }
    run.end(AssignmentRun.State.COMMITTED, null, access.now());
    assignments.forgetProposal(runId);
    mails.assigned(context, added);
    return added.values().stream().mapToInt(List::size).sum();
  }

  @Override
  public void discardRun(Long actorId, String slug, Long runId) {
    AssignmentRun run = runOf(access.organised(actorId, slug), runId);
    if (run.state() == AssignmentRun.State.DONE) {
      run.end(AssignmentRun.State.DISCARDED, null, access.now());
      assignments.forgetProposal(runId);
    }
  }

  @Override
  public void pin(
      Long actorId, String slug, int number, Long reviewerId, boolean conflicted, String reason) {
    ReviewContext context = access.organised(actorId, slug);
    SubmissionRecord s = decidable(context, actorId, number);
    String why = reason == null ? "" : reason.strip();
    List<Problem> problems = new ArrayList<>();
    if (!access.isReviewer(reviewerId, context.eventId())) {
      problems.add(Problem.global("reviews.assign.notReviewer"));
    }
    if (why.isEmpty()) {
      problems.add(Problem.of("pinReason", "reviews.pin.reasonRequired"));
    } else if (why.length() > MAX_PIN_REASON) {
      problems.add(Problem.of("pinReason", "reviews.pin.reasonTooLong", MAX_PIN_REASON));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    ConflictPin pin =
        conflicts
            .pin(s.id(), reviewerId)
            .orElseGet(
                () -> {
                  ConflictPin created = new ConflictPin(context.eventId(), s.id(), reviewerId);
                  created.pin(conflicted, why, actorId, access.now());
                  conflicts.add(created);
                  return created;
                });
    pin.pin(conflicted, why, actorId, access.now());
    if (conflicted) {
      // A conflicted pair keeps no assignment (a review already written goes with it).
      assignments.find(s.id(), reviewerId).ifPresent(assignments::remove);
    }
  }

  @Override
  public void unpin(Long actorId, String slug, int number, Long reviewerId) {
    ReviewContext context = access.organised(actorId, slug);
    SubmissionRecord s = decidable(context, actorId, number);
    conflicts.pin(s.id(), reviewerId).ifPresent(conflicts::remove);
  }

  @Override
  public void setLoads(Long actorId, String slug, Long reviewerId, Integer min, Integer max) {
    ReviewContext context = access.organised(actorId, slug);
    List<Problem> problems = new ArrayList<>();
    if (!access.isReviewer(reviewerId, context.eventId())) {
      problems.add(Problem.global("reviews.assign.notReviewer"));
    }
    int limit = DefaultReviewSetups.MAX_LOAD;
    if (min != null && (min < 0 || min > limit)) {
      problems.add(Problem.of("minLoad", "reviews.setup.loadRange", limit));
    }
    if (max != null && (max < 0 || max > limit)) {
      problems.add(Problem.of("maxLoad", "reviews.setup.loadRange", limit));
    }
    int effectiveMin = min == null ? context.setup().minLoad() : min;
    int effectiveMax = max == null ? context.setup().maxLoad() : max;
    if (problems.isEmpty() && effectiveMin > effectiveMax) {
      problems.add(Problem.of("minLoad", "reviews.setup.minAboveMax"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    settingsOf(context.eventId(), reviewerId).loads(min, max);
  }

  @Override
  public void setPool(Long actorId, String slug, Long reviewerId, Set<Long> trackIds) {
    ReviewContext context = access.organised(actorId, slug);
    List<Problem> problems = new ArrayList<>();
    if (!access.isReviewer(reviewerId, context.eventId())) {
      problems.add(Problem.global("reviews.assign.notReviewer"));
    }
    Set<Long> known =
        events.tracks(context.eventId()).stream().map(Choice::id).collect(Collectors.toSet());
    if (!known.containsAll(trackIds)) {
      problems.add(Problem.of("tracks", "reviews.pool.unknownTrack"));
    }
    ValidationException.throwIfAny(problems);
    settingsOf(context.eventId(), reviewerId).pool(trackIds);
  }

  private ReviewerSettings settingsOf(Long eventId, Long reviewerId) {
    return setups
        .reviewer(eventId, reviewerId)
        .orElseGet(
            () -> {
              ReviewerSettings created = new ReviewerSettings(eventId, reviewerId);
              setups.add(created);
              return created;
            });
  }

  @Override
  public int remindLate(Long actorId, String slug) {
    ReviewContext context = access.organised(actorId, slug);
    var last = context.setup().remindedAt();
    if (last.isPresent() && last.get().plus(REMINDER_PAUSE).isAfter(access.now())) {
      throw new ValidationException(Problem.global("reviews.remind.tooSoon"));
    }
    Map<Long, List<SubmissionRecord>> late = lateReviewers.of(context.eventId());
    mails.reminded(context, late);
    context.setup().reminded(access.now());
    return late.size();
  }

  @Override
  public int findConflicts(Long actorId, String slug) {
    ReviewContext context = access.organised(actorId, slug);
    return finder.refreshEvent(context.eventId());
  }

  private AssignmentRun runOf(ReviewContext context, Long runId) {
    return assignments
        .run(runId)
        .filter(r -> r.eventId().equals(context.eventId()))
        .orElseThrow(() -> new NotFoundException("run " + runId));
  }

  /**
   * A submission the organiser may assign: not one they are conflicted with (another organiser does
   * that), which does not exist for them.
   */
  private SubmissionRecord decidable(ReviewContext context, Long actorId, int number) {
    SubmissionRecord s =
        submissions
            .byNumber(context.eventId(), number)
            .orElseThrow(() -> new NotFoundException("#" + number));
    if (conflicts.conflicted(s.id(), actorId) || !context.covers(s.trackId())) {
      throw new NotFoundException("#" + number);
    }
    return s;
  }

  /** Every pair with a reason or a pin, by submission number and reviewer name. */
  private List<AssignmentOverview.ConflictRow> conflictRows(
      Long eventId, List<SubmissionRecord> all, Set<Long> hidden, Map<Long, String> names) {
    Map<Long, SubmissionRecord> byId =
        all.stream().collect(Collectors.toMap(SubmissionRecord::id, Function.identity()));
    Map<List<Long>, List<AssignmentOverview.Reason>> reasons = new LinkedHashMap<>();
    for (ReviewConflict c : conflicts.reasonsOfEvent(eventId)) {
      reasons
          .computeIfAbsent(List.of(c.submissionId(), c.accountId()), k -> new ArrayList<>())
          .add(new AssignmentOverview.Reason(c.kind(), c.detail()));
    }
    Map<List<Long>, ConflictPin> pins = new HashMap<>();
    for (ConflictPin p : conflicts.pinsOfEvent(eventId)) {
      pins.put(List.of(p.submissionId(), p.accountId()), p);
      reasons.computeIfAbsent(List.of(p.submissionId(), p.accountId()), k -> new ArrayList<>());
    }
    Map<Long, String> people = new HashMap<>(names);
    Set<Long> missing = new HashSet<>();
    reasons.keySet().forEach(k -> missing.add(k.get(1)));
    missing.removeAll(people.keySet());
    people.putAll(accounts.names(missing));
    List<AssignmentOverview.ConflictRow> rows = new ArrayList<>();
    reasons.forEach(
        (pair, why) -> {
          SubmissionRecord s = byId.get(pair.get(0));
          if (s == null || hidden.contains(s.id())) {
            return;
          }
          ConflictPin pin = pins.get(pair);
          rows.add(
              new AssignmentOverview.ConflictRow(
                  s.number(),
                  s.title(),
                  pair.get(1),
                  people.getOrDefault(pair.get(1), "?"),
                  why,
                  pin == null ? null : pin.conflicted(),
                  pin == null ? null : pin.reason()));
        });
    rows.sort(
        Comparator.comparingInt(AssignmentOverview.ConflictRow::number)
            .thenComparing(AssignmentOverview.ConflictRow::reviewer));
    return rows;
  }

  private RunView runView(
      AssignmentRun run, List<SubmissionRecord> all, Map<Long, String> names, Set<Long> hidden) {
    Map<Long, SubmissionRecord> byId =
        all.stream().collect(Collectors.toMap(SubmissionRecord::id, Function.identity()));
    List<RunView.ProposedPair> pairs = new ArrayList<>();
    List<RunView.ShortSubmission> shortfalls = new ArrayList<>();
    if (run.state() == AssignmentRun.State.DONE) {
      Map<Long, ReviewerSettings> topics = new HashMap<>();
      setups.reviewers(run.eventId()).forEach(r -> topics.put(r.accountId(), r));
      Map<List<Long>, Bid> bids = new HashMap<>();
      assignments
          .bidsOfEvent(run.eventId())
          .forEach(b -> bids.put(List.of(b.submissionId(), b.accountId()), b.bid()));
      for (long[] pair : assignments.proposal(run.id())) {
        SubmissionRecord s = byId.get(pair[0]);
        if (s == null || hidden.contains(s.id()) || pairs.size() >= PREVIEW) {
          continue;
        }
        ReviewerSettings mine = topics.get(pair[1]);
        Affinity affinity =
            mine == null
                ? Affinity.NONE
                : Affinity.of(mine.trackIds(), mine.keywords(), s.trackId(), s.keywords());
        pairs.add(
            new RunView.ProposedPair(
                s.number(),
                s.title(),
                names.getOrDefault(pair[1], "?"),
                pair[2],
                bids.getOrDefault(List.of(pair[0], pair[1]), Bid.NEUTRAL),
                affinity.trackInterest(),
                affinity.sharedKeywords()));
      }
      for (Object[] row : assignments.shortfalls(run.id())) {
        SubmissionRecord s = byId.get(((Number) row[0]).longValue());
        if (s != null && !hidden.contains(s.id())) {
          shortfalls.add(
              new RunView.ShortSubmission(
                  s.number(),
                  s.title(),
                  ((Number) row[1]).intValue(),
                  ShortReason.valueOf((String) row[2])));
        }
      }
    }
    return new RunView(
        run.id(),
        RunState.valueOf(run.state().name()),
        run.progress(),
        run.cancelRequested(),
        run.balance(),
        run.totalCost().orElse(null),
        run.message().orElse(null),
        pairs,
        shortfalls);
  }
}
