package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.kernel.config.Settings;
import org.colloquium.kernel.jobs.ClaimedWork;
import org.colloquium.kernel.jobs.Heartbeating;
import org.colloquium.programme.domain.DraftRun;
import org.colloquium.programme.domain.ProgrammeRepository;
import org.colloquium.programme.domain.draft.AutomaticDraft;
import org.colloquium.programme.domain.draft.DraftAssignment;
import org.colloquium.programme.domain.draft.DraftResult;
import org.colloquium.programme.domain.draft.DraftScore;
import org.colloquium.programme.domain.draft.DraftWarning;

/**
 * Runs queued drafts: claims one (so that one node of a cluster takes it), reads the work in
 * progress in a short transaction, solves outside any transaction (the best score so far written
 * about once a second) and stores the proposal in another. Nothing of the programme changes here.
 */
@ApplicationScoped
public class DraftRuns implements Heartbeating {

  private static final Logger LOG = Logger.getLogger(DraftRuns.class.getName());

  @Inject Steps steps;

  /** The drafts this node is solving now, to renew and to hand back if it stops first. */
  private final ClaimedWork inHand = new ClaimedWork("programme draft", LOG);

  /** Runs the queued drafts one after another; how many ran. */
  public int runQueued() {
    return inHand.workOnAll(
        steps::claim,
        this::solve,
        (held, e) -> {
          LOG.log(Level.WARNING, "Programme draft " + held.id() + " failed", e);
          steps.failed(held.id(), held.token(), e.getClass().getSimpleName());
        });
  }

  /**
   * Says that this node still solves the drafts in hand: another node takes over only a draft whose
   * heartbeat stopped.
   */
  @Override
  public void beat() {
    inHand.beat(steps::beat);
  }

  private void solve(ClaimedWork.Held held) {
    Long runId = held.id();
    String token = held.token();
    Steps.Prepared prepared = steps.prepare(runId);
    long[] lastReport = {0};
    DraftResult result =
        AutomaticDraft.solve(
            prepared.problems().problem,
            Duration.ofSeconds(prepared.seconds()),
            progress -> {
              long now = System.nanoTime();
              if (now - lastReport[0] > 1_000_000_000L) {
                lastReport[0] = now;
                steps.progress(runId, token, text(progress.bestScore()), progress.elapsed());
              }
            });
    if (!steps.store(runId, token, proposal(prepared.problems(), result), text(result.score()))) {
      LOG.warning(
          () -> "Programme draft " + runId + " was taken over by another node: result dropped");
      return;
    }
    LOG.info(
        () ->
            "Programme draft "
                + runId
                + ": "
                + prepared.problems().problem.contributions().size()
                + " contributions, "
                + text(result.score())
                + " in "
                + result.elapsed().toMillis()
                + " ms");
  }

  /**
   * Before the application stops, the drafts being solved are queued again: otherwise they would
   * stay "running" and keep their event from starting another.
   */
  void handBack(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stoppingApplication) {
    inHand.stop(held -> steps.handBack(held.id(), held.token()));
  }

  /** "0 hard / 2 unplaced / -340 soft". */
  static String text(DraftScore score) {
    return score.hard() + " hard / " + (-score.medium()) + " unplaced / " + score.soft() + " soft";
  }

  /** Where the result puts each contribution, in the order they run in each session. */
  static DraftProposal proposal(DraftProblems problems, DraftResult result) {
    Map<Long, List<DraftAssignment>> bySession = new HashMap<>();
    List<Long> unplaced = new ArrayList<>();
    for (DraftAssignment a : result.assignments()) {
      Long session = a.placement() == null ? null : problems.session(a.placement());
      if (session == null) {
        unplaced.add(a.contributionId());
      } else {
        bySession.computeIfAbsent(session, k -> new ArrayList<>()).add(a);
      }
    }
    List<DraftProposal.Placement> placements = new ArrayList<>();
    bySession.forEach(
        (session, assignments) -> {
          assignments.sort(
              Comparator.comparing(DraftAssignment::start)
                  .thenComparingLong(DraftAssignment::contributionId));
          for (int i = 0; i < assignments.size(); i++) {
            placements.add(
                new DraftProposal.Placement(assignments.get(i).contributionId(), session, i));
          }
        });
    List<DraftProposal.Explanation> explanations = new ArrayList<>();
    for (DraftWarning w : result.warnings()) {
      explanations.add(
          new DraftProposal.Explanation(w.kind().name(), w.message(), w.contributionIds()));
    }
    return new DraftProposal(placements, unplaced, explanations);
  }

  /** The transactional steps of a run, each its own transaction. */
  @ApplicationScoped
  public static class Steps {

    /** What a run solves. */
    record Prepared(DraftProblems problems, int seconds) {}

    @Inject ProgrammeRepository programme;
    @Inject EventDirectory events;
    @Inject WorkInProgressReader reader;
    @Inject Clock clock;
    @Inject Settings settings;

    /** A queued draft, or one whose node stopped beating for longer than the lease. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> claim(String token) {
      Instant now = clock.instant();
      return programme
          .claimNextQueuedDraft(now.minus(settings.jobLease()))
          .map(
              run -> {
                if (run.claimToken() != null) {
                  LOG.warning(
                      () ->
                          "Programme draft "
                              + run.id()
                              + " is taken over from "
                              + run.claimToken()
                              + ", whose node stopped beating");
                }
                run.claim(now, token);
                return run.id();
              });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean beat(Long runId, String token) {
      return programme.beatDraft(runId, token, clock.instant());
    }

    /**
     * Reads the work in progress; the problem is built from the event's sessions of contributions.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Prepared prepare(Long runId) {
      DraftRun run = programme.draft(runId).orElseThrow();
      EventRecord event = events.find(run.eventId()).orElseThrow();
      WorkInProgress wip = reader.read(event);
      return new Prepared(DraftProblems.of(wip), run.seconds());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(Long runId, String token, String score, Duration elapsed) {
      programme
          .draft(runId)
          .filter(r -> r.heldBy(token))
          .ifPresent(r -> r.progress(score, elapsed, clock.instant()));
    }

    /**
     * Stores the proposal, unless another node has taken the draft over meanwhile.
     *
     * @return whether it was stored
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean store(Long runId, String token, DraftProposal proposal, String score) {
      Optional<DraftRun> run = programme.draft(runId).filter(r -> r.heldBy(token));
      run.ifPresent(
          r ->
              r.done(
                  score,
                  proposal.placements().size(),
                  proposal.unplaced().size(),
                  proposal.write(),
                  clock.instant()));
      return run.isPresent();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void handBack(Long runId, String token) {
      programme.draft(runId).filter(r -> r.heldBy(token)).ifPresent(DraftRun::handBack);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Long runId, String token, String message) {
      programme
          .draft(runId)
          .filter(r -> r.heldBy(token))
          .ifPresent(r -> r.failed(message, clock.instant()));
    }
  }
}
