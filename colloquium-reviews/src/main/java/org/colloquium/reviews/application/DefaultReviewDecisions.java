package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquium.events.api.Choice;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRole;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.account.api.AccountDirectory;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.reviews.api.DashboardFilter;
import org.colloquium.reviews.api.DashboardRow;
import org.colloquium.reviews.api.DecisionDashboard;
import org.colloquium.reviews.api.DecisionInput;
import org.colloquium.reviews.api.DecisionView;
import org.colloquium.reviews.api.NotificationPreview;
import org.colloquium.reviews.api.PhaseRules;
import org.colloquium.reviews.api.ReviewDecisions;
import org.colloquium.reviews.api.ReviewerProgressRow;
import org.colloquium.reviews.api.Scores;
import org.colloquium.reviews.application.ReviewAccess.ReviewContext;
import org.colloquium.reviews.domain.AssignmentRepository;
import org.colloquium.reviews.domain.Decision;
import org.colloquium.reviews.domain.DecisionRepository;
import org.colloquium.reviews.domain.ReviewRepository;
import org.colloquium.reviews.domain.decision.DecisionRules;
import org.colloquium.reviews.domain.decision.ProgressOverTime;
import org.colloquium.reviews.domain.decision.ScoreSummary;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionOutline;
import org.colloquium.submissions.api.SubmissionRecord;
import org.colloquium.submissions.api.SubmissionState;

/**
 * The module's implementation of {@link ReviewDecisions}. The dashboard reads the event's
 * submissions (in outline), assignments and reviews (as rows of numbers, not entities) and
 * decisions in a fixed number of queries and sums them up in memory, so that its cost does not grow
 * in statements with the event, and 20,000 submissions with 60,000 reviews stay within 300 ms.
 */
@ApplicationScoped
@Transactional
public class DefaultReviewDecisions implements ReviewDecisions {

  @Inject ReviewAccess access;
  @Inject EventDirectory events;
  @Inject SubmissionDirectory submissions;
  @Inject AccountDirectory accounts;
  @Inject OrganiserConflicts organiserConflicts;
  @Inject AssignmentRepository assignments;
  @Inject ReviewRepository reviews;
  @Inject DecisionRepository decisions;
  @Inject DecisionNotices notices;

  /** How many days the chart of reviews handed in shows at most. */
  static final int DAYS = 42;

  @Override
  public DecisionDashboard dashboard(Long actorId, String slug, DashboardFilter filter) {
    ReviewContext context = access.organised(actorId, slug);
    Long eventId = context.eventId();
    PhaseRules rules = access.rules(context);
    // Rows, not entities: an event of 20,000 submissions has 60,000 reviews to sum up.
    List<SubmissionOutline> all = submissions.outlines(eventId);
    Set<Long> authored = organiserConflicts.authoredAmong(actorId, all);
    Set<Long> conflicted = organiserConflicts.conflictedAmong(actorId, eventId, all, authored);
    Map<Long, Integer> assigned = new HashMap<>();
    Map<Long, int[]> perReviewer = new HashMap<>();
    for (Object[] a : assignments.assignmentRowsOfEvent(eventId)) {
      int[] counts = perReviewer.computeIfAbsent((Long) a[1], k -> new int[4]);
      if (Boolean.TRUE.equals(a[2])) {
        assigned.merge((Long) a[0], 1, Integer::sum);
        counts[0]++;
      } else {
        counts[3]++;
      }
    }
    Map<Long, List<ScoreSummary.Reviewed>> reviewed = new HashMap<>();
    List<Instant> handedIn = new ArrayList<>();
    for (Object[] r : reviews.scoreRowsOfEvent(eventId)) {
      int[] counts = perReviewer.computeIfAbsent((Long) r[1], k -> new int[4]);
      if (Boolean.TRUE.equals(r[2])) {
        counts[1]++;
        if (r[5] != null) {
          handedIn.add((Instant) r[5]);
        }
        reviewed
            .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
            .add(new ScoreSummary.Reviewed((Double) r[3], (Integer) r[4]));
      } else {
        counts[2]++;
      }
    }
    Map<Long, Decision> decided =
        decisions.ofEvent(eventId).stream()
            .collect(Collectors.toMap(Decision::submissionId, d -> d));
    Map<Long, String> tracks = names(events.tracks(eventId));
    Map<Long, String> types = names(events.presentationTypes(eventId));
    Map<Long, Integer> known = new HashMap<>();
    all.forEach(s -> known.put(s.id(), s.number()));
    Map<Long, Integer> numbers = numbers(known, decided.values());
    Map<Long, String> deciders =
        accounts.names(
            decided.values().stream()
                .map(d -> d.decidedBy().orElse(null))
                .filter(Objects::nonNull)
                .distinct()
                .toList());

    List<DashboardRow> rows = new ArrayList<>();
    Integer[] histogram = new Integer[10];
    java.util.Arrays.fill(histogram, 0);
    int pending = 0;
    int undecided = 0;
    List<Integer> authorOf = new ArrayList<>();
    for (SubmissionOutline s : all) {
      Decision d = decided.get(s.id());
      if (d == null) {
        undecided++;
      } else if (d.pending()) {
        pending++;
      }
      boolean hidden = conflicted.contains(s.id());
      if (hidden && authored.contains(s.id())) {
        authorOf.add(s.number());
      }
      Scores scores =
          hidden
              ? null
              : ScoreSummary.of(
                  assigned.getOrDefault(s.id(), 0), reviewed.getOrDefault(s.id(), List.of()));
      if (scores != null && scores.mean() != null) {
        histogram[ScoreSummary.band(scores.mean())]++;
      }
      rows.add(
          new DashboardRow(
              s.id(),
              s.number(),
              s.title(),
              s.trackId(),
              tracks.get(s.trackId()),
              s.presentationTypeId(),
              types.get(s.presentationTypeId()),
              scores,
              hidden || d == null ? null : view(d, tracks, types, numbers, deciders),
              hidden));
    }
    List<DashboardRow> matching =
        rows.stream()
            .filter(r -> filter.trackId() == null || filter.trackId().equals(r.trackId()))
            .filter(r -> shows(filter.show(), r))
            .sorted(order(filter.sort()))
            .toList();
    int from = Math.min(matching.size(), filter.page() * filter.size());
    int to = Math.min(matching.size(), from + filter.size());

    Map<Long, String> reviewerNames = accounts.names(perReviewer.keySet());
    List<ReviewerProgressRow> progress =
        perReviewer.entrySet().stream()
            .map(
                e ->
                    new ReviewerProgressRow(
                        e.getKey(),
                        reviewerNames.getOrDefault(e.getKey(), "?"),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2],
                        e.getValue()[3]))
            .sorted(
                Comparator.comparingInt(ReviewerProgressRow::due)
                    .reversed()
                    .thenComparing(ReviewerProgressRow::name))
            .toList();
    int waitedFor = assigned.values().stream().mapToInt(Integer::intValue).sum();
    boolean others =
        events.membersWith(eventId, EventRole.ORGANISER).stream()
            .anyMatch(id -> !id.equals(actorId));
    return new DecisionDashboard(
        context.event().slug().value(),
        context.event().title(),
        access.currentPhase(context).orElse(null),
        rules.organisersDecide(),
        rules.organisersNotify(),
        matching.subList(from, to),
        matching.size(),
        rows.size(),
        progress,
        List.of(histogram),
        ProgressOverTime.of(
            handedIn,
            context.zone(),
            LocalDate.ofInstant(access.now(), context.zone()),
            handedIn.size() < waitedFor,
            DAYS),
        waitedFor,
        pending,
        undecided,
        events.tracks(eventId),
        events.presentationTypes(eventId),
        authorOf,
        others);
  }

  private static boolean shows(DashboardFilter.Show show, DashboardRow r) {
    return switch (show) {
      case ALL -> true;
      case UNDECIDED -> !r.conflicted() && r.decision() == null;
      case PENDING -> !r.conflicted() && r.decision() != null && r.decision().pending();
      case DISAGREEMENT -> !r.conflicted() && r.scores().disagreement();
      case INCOMPLETE -> !r.conflicted() && r.scores().done() < r.scores().assigned();
    };
  }

  private static Comparator<DashboardRow> order(DashboardFilter.Sort sort) {
    Comparator<DashboardRow> byNumber = Comparator.comparingInt(DashboardRow::number);
    return switch (sort) {
      case NUMBER -> byNumber;
      case MEAN ->
          Comparator.comparing(
                  (DashboardRow r) -> r.scores() == null ? null : r.scores().mean(),
                  Comparator.nullsLast(Comparator.reverseOrder()))
              .thenComparing(byNumber);
      case SPREAD ->
          Comparator.comparing(
                  (DashboardRow r) -> r.scores() == null ? null : r.scores().spread(),
                  Comparator.nullsLast(Comparator.reverseOrder()))
              .thenComparing(byNumber);
      case DONE ->
          Comparator.comparingInt(
                  (DashboardRow r) -> r.scores() == null ? Integer.MAX_VALUE : r.scores().done())
              .thenComparing(byNumber);
    };
  }

  @Override
  public void decide(Long actorId, String slug, DecisionInput input) {
    ReviewContext context = access.organised(actorId, slug);
    if (!access.rules(context).organisersDecide()) {
      throw new ValidationException(Problem.global("reviews.decision.notNow"));
    }
    SubmissionRecord submission = decidable(actorId, context, input.number());
    List<SubmissionRecord> all = submissions.submitted(context.eventId());
    List<Decision> decided = decisions.ofEvent(context.eventId());
    Map<Long, Integer> numbers = numbers(all, decided);
    Set<Integer> namingOthers = new HashSet<>();
    Set<Integer> namedByOthers = new HashSet<>();
    for (Decision d : decided) {
      if (d.otherId().isPresent() && !d.submissionId().equals(submission.id())) {
        namingOthers.add(numbers.get(d.submissionId()));
        namedByOthers.add(numbers.get(d.otherId().get()));
      }
    }
    ValidationException.throwIfAny(
        DecisionRules.check(
            input,
            ids(events.presentationTypes(context.eventId())),
            ids(events.tracks(context.eventId())),
            all.stream().map(SubmissionRecord::number).collect(Collectors.toSet()),
            namingOthers,
            namedByOthers));
    Long otherId =
        input.otherNumber() == null
            ? null
            : all.stream()
                .filter(s -> s.number() == input.otherNumber())
                .findFirst()
                .orElseThrow()
                .id();
    Decision existing = decisions.find(submission.id()).orElse(null);
    Decision decision =
        existing != null ? existing : new Decision(context.eventId(), submission.id());
    decision.decide(
        input.outcome(),
        input.typeId(),
        input.trackId(),
        otherId,
        input.note(),
        actorId,
        access.now());
    if (existing == null) {
      // persisted once complete: Hibernate checks the not-null columns at persist
      decisions.add(decision);
    }
  }

  @Override
  public void undecide(Long actorId, String slug, int number) {
    ReviewContext context = access.organised(actorId, slug);
    SubmissionRecord submission = decidable(actorId, context, number);
    Decision decision = decisions.find(submission.id()).orElse(null);
    if (decision == null) {
      return;
    }
    if (!decision.retractable()) {
      throw new ValidationException(Problem.global("reviews.decision.alreadyNotified", number));
    }
    decisions.remove(decision);
  }

  @Override
  public NotificationPreview previewNotifications(Long actorId, String slug) {
    ReviewContext context = access.organised(actorId, slug);
    return notices.preview(
        context, sendable(actorId, context, decisions.ofEvent(context.eventId())));
  }

  @Override
  public int notifyAuthors(Long actorId, String slug, Map<Integer, Integer> versions) {
    ReviewContext context = access.organised(actorId, slug);
    if (!access.rules(context).organisersNotify()) {
      throw new ValidationException(Problem.global("reviews.notify.notNow"));
    }
    List<Decision> pending = sendable(actorId, context, decisions.pendingLocked(context.eventId()));
    Map<Long, SubmissionRecord> byId =
        submissions.byIds(pending.stream().map(Decision::submissionId).toList()).stream()
            .collect(Collectors.toMap(SubmissionRecord::id, s -> s));
    Map<Integer, Integer> now = new HashMap<>();
    for (Decision d : pending) {
      now.put(byId.get(d.submissionId()).number(), d.version());
    }
    if (!now.equals(versions)) {
      throw new ValidationException(Problem.global("reviews.notify.changed"));
    }
    if (pending.isEmpty()) {
      throw new ValidationException(Problem.global("reviews.notify.nothing"));
    }
    return notices.send(context, pending);
  }

  /** Pending decisions the actor may send: not those of submissions they are conflicted with. */
  private List<Decision> sendable(Long actorId, ReviewContext context, List<Decision> all) {
    List<Decision> pending = all.stream().filter(Decision::pending).toList();
    if (pending.isEmpty()) {
      return pending;
    }
    List<SubmissionRecord> records =
        submissions.byIds(pending.stream().map(Decision::submissionId).toList());
    Set<Long> conflicted = conflictedFor(actorId, context.eventId(), records);
    return pending.stream().filter(d -> !conflicted.contains(d.submissionId())).toList();
  }

  /**
   * The submission by number, if the actor may decide it.
   *
   * @throws NotFoundException for an unknown number
   * @throws ValidationException for a withdrawn submission or one the actor is conflicted with
   */
  private SubmissionRecord decidable(Long actorId, ReviewContext context, int number) {
    SubmissionRecord submission =
        submissions
            .byNumber(context.eventId(), number)
            .orElseThrow(() -> new NotFoundException("submission " + number));
    if (submission.state() != SubmissionState.SUBMITTED) {
      throw new ValidationException(Problem.global("reviews.decision.withdrawn", number));
    }
    if (!conflictedFor(actorId, context.eventId(), List.of(submission)).isEmpty()) {
      throw new ValidationException(Problem.global("reviews.decision.conflicted", number));
    }
    return submission;
  }

  private Set<Long> conflictedFor(Long actorId, Long eventId, List<SubmissionRecord> among) {
    return organiserConflicts.conflictedFor(actorId, eventId, among);
  }

  static DecisionView view(
      Decision d,
      Map<Long, String> tracks,
      Map<Long, String> types,
      Map<Long, Integer> numbers,
      Map<Long, String> deciders) {
    return new DecisionView(
        d.outcome(),
        d.typeId().orElse(null),
        d.typeId().map(types::get).orElse(null),
        d.trackId().orElse(null),
        d.trackId().map(tracks::get).orElse(null),
        d.otherId().map(numbers::get).orElse(null),
        d.note().orElse(null),
        d.decidedBy().map(deciders::get).orElse(null),
        d.decidedAt(),
        d.pending(),
        d.notifiedOutcome().orElse(null),
        d.notifiedAt().orElse(null),
        d.version());
  }

  /** Submission numbers by id, those decisions point at (withdrawn ones too) included. */
  private Map<Long, Integer> numbers(List<SubmissionRecord> all, Iterable<Decision> decided) {
    Map<Long, Integer> known = new HashMap<>();
    all.forEach(s -> known.put(s.id(), s.number()));
    return numbers(known, decided);
  }

  /** The numbers known, with those of decided submissions and the ones they name added. */
  private Map<Long, Integer> numbers(Map<Long, Integer> known, Iterable<Decision> decided) {
    Map<Long, Integer> numbers = new HashMap<>(known);
    List<Long> missing = new ArrayList<>();
    for (Decision d : decided) {
      if (!numbers.containsKey(d.submissionId())) {
        missing.add(d.submissionId());
      }
      d.otherId().filter(id -> !numbers.containsKey(id)).ifPresent(missing::add);
    }
    if (!missing.isEmpty()) {
      submissions.byIds(missing).forEach(s -> numbers.put(s.id(), s.number()));
    }
    return numbers;
  }

  static Map<Long, String> names(List<Choice> choices) {
    Map<Long, String> names = new HashMap<>();
    choices.forEach(c -> names.put(c.id(), c.name()));
    return Collections.unmodifiableMap(names);
  }

  private static Set<Long> ids(List<Choice> choices) {
    return choices.stream().map(Choice::id).collect(Collectors.toSet());
  }
}
