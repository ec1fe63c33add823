package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRole;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.jobs.ClaimedWork;
import org.colloquium.kernel.jobs.Heartbeating;
import org.colloquium.reviews.api.Bid;
import org.colloquium.reviews.domain.AssignmentRepository;
import org.colloquium.reviews.domain.AssignmentRun;
import org.colloquium.reviews.domain.ConflictRepository;
import org.colloquium.reviews.domain.ReviewSetup;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.affinity.Affinity;
import org.colloquium.reviews.domain.assignment.Assignment;
import org.colloquium.reviews.domain.assignment.AssignmentProblem;
import org.colloquium.reviews.domain.assignment.AssignmentSolver;
import org.colloquium.reviews.domain.assignment.CandidatePairs;
import org.colloquium.reviews.domain.assignment.Shortfall;
import org.colloquium.reviews.domain.assignment.SolverProgress;
import org.colloquium.submissions.api.SubmissionDirectory;
import org.colloquium.submissions.api.SubmissionRecord;

/**
 * Runs queued automatic assignments: claims one (so that one node of a cluster takes it), reads the
 * problem in a short transaction, solves it outside any transaction (reporting progress and heeding
 * a cancel), and stores the proposal in another.
 */
@ApplicationScoped
public class AssignmentRuns implements Heartbeating {

  private static final Logger LOG = Logger.getLogger(AssignmentRuns.class.getName());

  /**
   * Up to this many pairs (submissions times reviewers) every allowed pair goes into the network;
   * above, each submission's cheapest {@link #PER_REVIEW} per review needed, the rest priced.
   */
  static final long ALL_PAIRS_UP_TO = 2_000_000;

  /**
   * Pairs offered first per review a submission needs, in a large event. Measured on 20,000 ×
   * 10,000 (docs/performance.md): fewer leave more to pricing rounds, more make each solve slower.
   */
  static final int PER_REVIEW = 7;

  static final int MIN_PER_PAPER = 20;

  /** The balance term's weight per submission a reviewer already carries, when asked for. */
  static final long BALANCE_WEIGHT = 5;

  @Inject RunSteps steps;

  /** The runs this node is solving now, to renew and to hand back if it stops first. */
  private final ClaimedWork inHand = new ClaimedWork("assignment run", LOG);

  /** Runs the queued runs one after another; how many ran. */
  public int runQueued() {
    return inHand.workOnAll(
        steps::claim,
        this::run,
        (held, e) -> {
          LOG.log(Level.WARNING, "Assignment run " + held.id() + " failed", e);
          steps.end(
              held.id(), held.token(), AssignmentRun.State.FAILED, e.getClass().getSimpleName());
        });
  }

  /**
   * Says that this node still solves the runs in hand: another node takes over only a stale one.
   */
  @Override
  public void beat() {
    inHand.beat(steps::beat);
  }

  private void run(ClaimedWork.Held held) {
    Long runId = held.id();
    String token = held.token();
    try {
      long started = System.nanoTime();
      Prepared prepared = steps.prepare(runId);
      long read = System.nanoTime();
      AssignmentSolver solver = new AssignmentSolver();
      Assignment result =
          solver.solve(
              prepared.problem(),
              prepared.leftOut(),
              new SolverProgress() {
                private long lastCheck;

                @Override
                public void report(double fraction) {
                  steps.progress(runId, token, (int) Math.round(fraction * 100));
                }

                @Override
                public boolean isCancelled() {
                  long now = System.nanoTime();
                  if (now - lastCheck < 200_000_000L) {
                    return false;
                  }
                  lastCheck = now;
                  return steps.cancelRequested(runId);
                }
              });
      long solved = System.nanoTime();
      if (!steps.store(runId, token, prepared, result)) {
        LOG.warning(() -> "Assignment run " + runId + " was taken over by another node: dropped");
        return;
      }
      long stored = System.nanoTime();
      // Read by docs/performance.md's benchmark of the whole job, and by whoever wonders.
      LOG.info(
          String.format(
              java.util.Locale.ROOT,
              "Assignment run %d: %d submissions, %d reviewers, %d pairs given, %d pricing"
                  + " rounds (%s); read %.2f s (%s), solved %.2f s, stored %.2f s",
              runId,
              prepared.problem().papers(),
              prepared.problem().reviewers(),
              prepared.problem().pairs(),
              solver.pricingRounds(),
              solver.roundsText(),
              (read - started) / 1e9,
              prepared.timings(),
              (solved - read) / 1e9,
              (stored - solved) / 1e9));
    } catch (CancellationException e) {
      steps.end(runId, token, AssignmentRun.State.CANCELLED, null);
    }
  }

  /**
   * Before the application stops, the runs being solved are queued again: otherwise they would stay
   * "running" and keep their event from computing another.
   */
  void handBack(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stoppingApplication) {
    inHand.stop(held -> steps.handBack(held.id(), held.token()));
  }

  /**
   * The problem with the pairs left out of it for pricing, and the ids its dense indexes stand for.
   */
  record Prepared(
      AssignmentProblem problem,
      CandidatePairs leftOut,
      long[] submissionIds,
      long[] reviewerIds,
      String timings) {}

  /** The transactional steps of a run, each its own transaction. */
  @ApplicationScoped
  public static class RunSteps {

    @Inject AssignmentRepository assignments;
    @Inject ConflictRepository conflicts;
    @Inject ReviewSetupRepository setups;
    @Inject EventDirectory events;
    @Inject SubmissionDirectory submissions;
    @Inject ConflictFinder finder;
    @Inject Clock clock;
    @Inject Settings settings;

    /** A queued run, or one whose node stopped renewing its claim for longer than the lease. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> claim(String token) {
      Instant now = clock.instant();
      return assignments
          .claimNextQueued(now.minus(settings.jobLease()))
          .map(
              run -> {
                run.claimToken()
                    .ifPresent(
                        old ->
                            LOG.warning(
                                () ->
                                    "Assignment run "
                                        + run.id()
                                        + " is taken over from "
                                        + old
                                        + ", whose node stopped renewing its claim"));
                run.claim(now, token);
                return run.id();
              });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean beat(Long runId, String token) {
      return assignments.beat(runId, token, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void handBack(Long runId, String token) {
      held(runId, token).ifPresent(AssignmentRun::handBack);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(Long runId, String token, int percent) {
      held(runId, token).ifPresent(r -> r.progress(percent));
    }

    private Optional<AssignmentRun> held(Long runId, String token) {
      return assignments.run(runId).filter(r -> r.heldBy(token));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean cancelRequested(Long runId) {
      return assignments.run(runId).map(AssignmentRun::cancelRequested).orElse(true);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void end(Long runId, String token, AssignmentRun.State state, String message) {
      held(runId, token).ifPresent(r -> r.end(state, message, clock.instant()));
    }

    /**
     * Reads the event's submissions, reviewers, their loads, interests, pools, bids, conflicts and
     * existing assignments into a problem of dense indexes: every allowed pair of a small event,
     * the cheapest of each submission in a large one with the rest left for pricing (see {@link
     * CandidatePairs}). Rows, not entities: a large event has hundreds of thousands of bids.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Prepared prepare(Long runId) {
      AssignmentRun run = assignments.run(runId).orElseThrow();
      Long eventId = run.eventId();
      Timings timings = new Timings();
      List<SubmissionRecord> papers = submissions.submitted(eventId);
      timings.lap("submissions read");
      finder.refreshEvent(eventId, papers);
      timings.lap("conflicts found");
      ReviewSetup setup = setups.find(eventId).orElseThrow();
      List<Long> reviewers = events.membersWith(eventId, EventRole.REVIEWER);
      boolean balance = run.balance();
      assignments.settle();
      timings.lap("conflicts written");
      Map<Long, Integer> paperIndex = new HashMap<>();
      long[] submissionIds = new long[papers.size()];
      for (int i = 0; i < papers.size(); i++) {
        paperIndex.put(papers.get(i).id(), i);
        submissionIds[i] = papers.get(i).id();
      }
      Map<Long, Integer> reviewerIndex = new HashMap<>();
      long[] reviewerIds = new long[reviewers.size()];
      for (int i = 0; i < reviewers.size(); i++) {
        reviewerIndex.put(reviewers.get(i), i);
        reviewerIds[i] = reviewers.get(i);
      }
      Map<Long, Integer> trackIndex = new HashMap<>();
      events.tracks(eventId).forEach(t -> trackIndex.put(t.id(), trackIndex.size()));
      Map<String, Integer> keywordIndex = new HashMap<>();

      AssignmentProblem.Builder problem =
          AssignmentProblem.builder(papers.size(), reviewers.size())
              .reviewsPerPaper(setup.reviewsPerSubmission());
      int[] minLoad = new int[reviewers.size()];
      int[] maxLoad = new int[reviewers.size()];
      java.util.Arrays.fill(minLoad, setup.minLoad());
      java.util.Arrays.fill(maxLoad, setup.maxLoad());
      List<List<Integer>> interest = lists(reviewers.size());
      List<List<Integer>> pool = lists(reviewers.size());
      List<List<Integer>> words = lists(reviewers.size());
      for (Object[] row : setups.reviewerRows(eventId)) {
        Integer r = reviewerIndex.get((Long) row[0]);
        if (r == null) {
          continue;
        }
        if (row[1] != null) {
          for (String word : ((String) row[1]).split("\n")) {
            if (!word.isBlank()) {
              words.get(r).add(keywordId(keywordIndex, word));
            }
          }
        }
        minLoad[r] = row[2] == null ? minLoad[r] : (Integer) row[2];
        maxLoad[r] = row[3] == null ? maxLoad[r] : (Integer) row[3];
      }
      for (int r = 0; r < reviewers.size(); r++) {
        problem.loads(r, Math.min(minLoad[r], maxLoad[r]), maxLoad[r]);
      }
      readTracks(setups.reviewerTrackRows(eventId), reviewerIndex, trackIndex, interest);
      readTracks(setups.reviewerPoolRows(eventId), reviewerIndex, trackIndex, pool);
      timings.lap("reviewers read");
      if (balance) {
        problem.balance(BALANCE_WEIGHT);
      }

      int[] paperTrack = new int[papers.size()];
      int[][] paperWords = new int[papers.size()][];
      for (int p = 0; p < papers.size(); p++) {
        SubmissionRecord paper = papers.get(p);
        Integer track = paper.trackId() == null ? null : trackIndex.get(paper.trackId());
        paperTrack[p] = track == null ? -1 : track;
        paperWords[p] =
            paper.keywords().stream()
                .filter(w -> !w.isBlank())
                .mapToInt(w -> keywordId(keywordIndex, w))
                .toArray();
      }
      CandidatePairs.Builder pairs =
          CandidatePairs.builder(
              papers.size(), reviewers.size(), trackIndex.size(), keywordIndex.size());
      for (int p = 0; p < papers.size(); p++) {
        pairs.paper(p, paperTrack[p], paperWords[p]);
      }
      for (int r = 0; r < reviewers.size(); r++) {
        pairs.reviewer(r, ints(interest.get(r)), ints(words.get(r)), ints(pool.get(r)));
      }

      Set<Pair> blocked = new HashSet<>();
      for (Object[] row : conflicts.conflictRowsOfEvent(eventId)) {
        blocked.add(new Pair((Long) row[0], (Long) row[1]));
      }
      conflicts
          .pinsOfEvent(eventId)
          .forEach(
              p -> {
                Pair key = new Pair(p.submissionId(), p.accountId());
                if (p.conflicted()) {
                  blocked.add(key);
                } else {
                  blocked.remove(key);
                }
              });
      for (Object[] row : assignments.assignmentRowsOfEvent(eventId)) {
        Integer p = paperIndex.get((Long) row[0]);
        Integer r = reviewerIndex.get((Long) row[1]);
        if (p == null || r == null) {
          continue;
        }
        // A declined or kept pair is not offered again.
        pairs.exclude(p, r);
        if (Boolean.TRUE.equals(row[2])
            && !blocked.contains(new Pair((Long) row[0], (Long) row[1]))) {
          problem.keep(p, r);
        }
      }
      for (Pair pair : blocked) {
        Integer p = paperIndex.get(pair.submission());
        Integer r = reviewerIndex.get(pair.account());
        if (p != null && r != null) {
          pairs.exclude(p, r);
        }
      }
      timings.lap("conflicts and assignments read");
      for (Object[] row : assignments.bidRowsOfEvent(eventId)) {
        Integer p = paperIndex.get((Long) row[0]);
        Integer r = reviewerIndex.get((Long) row[1]);
        if (p != null && r != null) {
          pairs.bid(p, r, Bid.of(((Number) row[2]).intValue()));
        }
      }
      long all = (long) papers.size() * reviewers.size();
      int perPaper =
          all <= ALL_PAIRS_UP_TO
              ? reviewers.size()
              : Math.max(MIN_PER_PAPER, PER_REVIEW * setup.reviewsPerSubmission());
      timings.lap("bids read");
      CandidatePairs candidates = pairs.build(perPaper);
      candidates.give(problem);
      AssignmentProblem built = problem.build();
      timings.lap("pairs chosen");
      return new Prepared(built, candidates, submissionIds, reviewerIds, timings.toString());
    }

    private static List<List<Integer>> lists(int n) {
      List<List<Integer>> lists = new java.util.ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        lists.add(new java.util.ArrayList<>(0));
      }
      return lists;
    }

    private static void readTracks(
        List<Object[]> rows,
        Map<Long, Integer> reviewerIndex,
        Map<Long, Integer> trackIndex,
        List<List<Integer>> into) {
      for (Object[] row : rows) {
        Integer r = reviewerIndex.get((Long) row[0]);
        Integer t = trackIndex.get((Long) row[1]);
        if (r != null && t != null) {
          into.get(r).add(t);
        }
      }
    }

    private static int keywordId(Map<String, Integer> index, String word) {
      return index.computeIfAbsent(Affinity.fold(word), k -> index.size());
    }

    private static int[] ints(List<Integer> values) {
      return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private record Pair(long submission, long account) {}

    /** Where the reading's time goes, for the log. */
    private static final class Timings {
      private long last = System.nanoTime();
      private final StringBuilder text = new StringBuilder();

      void lap(String what) {
        long now = System.nanoTime();
        text.append(text.length() == 0 ? "" : ", ")
            .append(what)
            .append(String.format(java.util.Locale.ROOT, " %.2f", (now - last) / 1e9));
        last = now;
      }

      @Override
      public String toString() {
        return text.toString();
      }
    }

    /**
     * Stores the proposal, unless the run was cancelled or taken over by another node meanwhile.
     *
     * @return whether this claim still held the run
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean store(Long runId, String token, Prepared prepared, Assignment result) {
      Optional<AssignmentRun> held = held(runId, token);
      if (held.isEmpty()) {
        return false;
      }
      AssignmentRun run = held.get();
      if (run.cancelRequested()) {
        run.end(AssignmentRun.State.CANCELLED, null, clock.instant());
        return true;
      }
      int n = result.paper().length;
      long[] submissionIds = new long[n];
      long[] accountIds = new long[n];
      long[] costs = new long[n];
      for (int i = 0; i < n; i++) {
        submissionIds[i] = prepared.submissionIds()[result.paper()[i]];
        accountIds[i] = prepared.reviewerIds()[result.reviewer()[i]];
        costs[i] = result.pairCost()[i];
      }
      assignments.propose(runId, submissionIds, accountIds, costs);
      for (Shortfall s : result.shortfalls()) {
        assignments.proposeShortfall(
            runId, prepared.submissionIds()[s.paper()], s.missing(), s.reason().name());
      }
      run.done(result.cost(), clock.instant());
      return true;
    }
  }
}
