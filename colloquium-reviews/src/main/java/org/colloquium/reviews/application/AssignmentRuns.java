package org.colloquium.reviews.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
import org.colloquium.reviews.api.Bid;
import org.colloquium.reviews.domain.AssignmentRepository;
import org.colloquium.reviews.domain.AssignmentRun;
import org.colloquium.reviews.domain.ConflictRepository;
import org.colloquium.reviews.domain.ReviewAssignment;
import org.colloquium.reviews.domain.ReviewBid;
import org.colloquium.reviews.domain.ReviewConflict;
import org.colloquium.reviews.domain.ReviewSetup;
import org.colloquium.reviews.domain.ReviewSetupRepository;
import org.colloquium.reviews.domain.ReviewerSettings;
import org.colloquium.reviews.domain.affinity.Affinity;
import org.colloquium.reviews.domain.assignment.Assignment;
import org.colloquium.reviews.domain.assignment.AssignmentProblem;
import org.colloquium.reviews.domain.assignment.AssignmentSolver;
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
public class AssignmentRuns {

  private static final Logger LOG = Logger.getLogger(AssignmentRuns.class.getName());

  /** The balance term's weight per submission a reviewer already carries, when asked for. */
  static final long BALANCE_WEIGHT = 5;

  @Inject RunSteps steps;

  /** Runs the queued runs one after another; how many ran. */
  public int runQueued() {
    int ran = 0;
    for (Optional<Long> next = steps.claim(); next.isPresent(); next = steps.claim()) {
      run(next.get());
      ran++;
    }
    return ran;
  }

  private void run(Long runId) {
    try {
      Prepared prepared = steps.prepare(runId);
      Assignment result =
          new AssignmentSolver()
              .solve(
                  prepared.problem(),
                  new SolverProgress() {
                    private long lastCheck;

                    @Override
                    public void report(double fraction) {
                      steps.progress(runId, (int) Math.round(fraction * 100));
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
      steps.store(runId, prepared, result);
    } catch (CancellationException e) {
      steps.end(runId, AssignmentRun.State.CANCELLED, null);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Assignment run " + runId + " failed", e);
      steps.end(runId, AssignmentRun.State.FAILED, e.getClass().getSimpleName());
    }
  }

  /** The problem with the ids its dense indexes stand for. */
  record Prepared(AssignmentProblem problem, long[] submissionIds, long[] reviewerIds) {}

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

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> claim() {
      return assignments
          .claimNextQueued()
          .map(
              run -> {
                run.claim(clock.instant());
                return run.id();
              });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(Long runId, int percent) {
      assignments.run(runId).ifPresent(r -> r.progress(percent));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean cancelRequested(Long runId) {
      return assignments.run(runId).map(AssignmentRun::cancelRequested).orElse(true);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void end(Long runId, AssignmentRun.State state, String message) {
      assignments.run(runId).ifPresent(r -> r.end(state, message, clock.instant()));
    }

    /**
     * Reads the event's submissions, reviewers, their loads, bids, conflicts and existing
     * assignments into a problem of dense indexes.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Prepared prepare(Long runId) {
      AssignmentRun run = assignments.run(runId).orElseThrow();
      Long eventId = run.eventId();
      finder.refreshEvent(eventId);
      ReviewSetup setup = setups.find(eventId).orElseThrow();
      List<SubmissionRecord> papers = submissions.submitted(eventId);
      List<Long> reviewers = events.membersWith(eventId, EventRole.REVIEWER);
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
      AssignmentProblem.Builder problem =
          AssignmentProblem.builder(papers.size(), reviewers.size())
              .reviewsPerPaper(setup.reviewsPerSubmission());
      Map<Long, ReviewerSettings> own = new HashMap<>();
      setups.reviewers(eventId).forEach(r -> own.put(r.accountId(), r));
      for (int i = 0; i < reviewers.size(); i++) {
        ReviewerSettings settings = own.get(reviewers.get(i));
        int min = settings == null ? setup.minLoad() : settings.minLoad().orElse(setup.minLoad());
        int max = settings == null ? setup.maxLoad() : settings.maxLoad().orElse(setup.maxLoad());
        problem.loads(i, Math.min(min, max), max);
      }
      if (run.balance()) {
        problem.balance(BALANCE_WEIGHT);
      }
      Set<String> blocked = new HashSet<>();
      for (ReviewConflict c : conflicts.reasonsOfEvent(eventId)) {
        blocked.add(c.submissionId() + ":" + c.accountId());
      }
      conflicts
          .pinsOfEvent(eventId)
          .forEach(
              p -> {
                String key = p.submissionId() + ":" + p.accountId();
                if (p.conflicted()) {
                  blocked.add(key);
                } else {
                  blocked.remove(key);
                }
              });
      Set<String> taken = new HashSet<>();
      for (ReviewAssignment a : assignments.ofEvent(eventId)) {
        String key = a.submissionId() + ":" + a.accountId();
        taken.add(key);
        Integer p = paperIndex.get(a.submissionId());
        Integer r = reviewerIndex.get(a.accountId());
        if (a.active() && p != null && r != null && !blocked.contains(key)) {
          problem.keep(p, r);
        }
      }
      Map<Long, ReviewerSettings> interests = new HashMap<>();
      setups.reviewers(eventId).forEach(r -> interests.put(r.accountId(), r));
      Map<String, Bid> bids = new HashMap<>();
      for (ReviewBid b : assignments.bidsOfEvent(eventId)) {
        bids.put(b.submissionId() + ":" + b.accountId(), b.bid());
      }
      for (int p = 0; p < papers.size(); p++) {
        SubmissionRecord paper = papers.get(p);
        for (int r = 0; r < reviewers.size(); r++) {
          String key = submissionIds[p] + ":" + reviewerIds[r];
          // a declined or kept pair is not offered again
          if (blocked.contains(key) || taken.contains(key)) {
            continue;
          }
          ReviewerSettings topics = interests.get(reviewerIds[r]);
          if (topics != null && !topics.reviewsTrack(paper.trackId())) {
            continue;
          }
          Affinity affinity =
              topics == null
                  ? Affinity.NONE
                  : Affinity.of(
                      topics.trackIds(), topics.keywords(), paper.trackId(), paper.keywords());
          problem.allow(p, r, affinity.cost(bids.getOrDefault(key, Bid.NEUTRAL)));
        }
      }
      return new Prepared(problem.build(), submissionIds, reviewerIds);
    }

    /** Stores the proposal, unless the run was cancelled meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(Long runId, Prepared prepared, Assignment result) {
      AssignmentRun run = assignments.run(runId).orElseThrow();
      if (run.cancelRequested()) {
        run.end(AssignmentRun.State.CANCELLED, null, clock.instant());
        return;
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
    }
  }
}
