package org.colloquium.programme.application;

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
import org.colloquium.events.api.EventDirectory;
import org.colloquium.events.api.EventRecord;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.programme.api.DraftRunView;
import org.colloquium.programme.api.DraftRunView.DraftExplanationView;
import org.colloquium.programme.api.DraftState;
import org.colloquium.programme.api.ProgrammeDrafts;
import org.colloquium.programme.domain.Contribution;
import org.colloquium.programme.domain.DraftRun;
import org.colloquium.programme.domain.ProgrammeRepository;
import org.colloquium.programme.domain.TimetableSession;

/** The organisers' side of automatic drafts: asking for one, reading it, applying it. */
@ApplicationScoped
@Transactional
public class DefaultProgrammeDrafts implements ProgrammeDrafts {

  @Inject EventDirectory events;
  @Inject ProgrammeRepository programme;
  @Inject WorkInProgressReader reader;
  @Inject Clock clock;

  @Override
  public Long request(Long actorId, String slug, int seconds) {
    EventRecord event = events.manageable(actorId, slug);
    if (seconds < 1 || seconds > 600) {
      throw new ValidationException(Problem.of("seconds", "programme.draft.seconds.range", 1, 600));
    }
    // The event's lock: two organisers asking at once get one draft, and the other a message.
    events.lockNumbering(event.id());
    Optional<DraftRun> newest = programme.newestDraft(event.id());
    newest
        .filter(r -> r.abandoned(clock.instant()))
        .ifPresent(r -> r.failed(DraftRun.INTERRUPTED, clock.instant()));
    if (newest.filter(r -> r.state().busy()).isPresent()) {
      throw new ConflictException("programme.draft.busy", "a draft is queued or running");
    }
    DraftRun run = new DraftRun(event.id(), actorId, clock.instant(), seconds);
    programme.add(run);
    return run.id();
  }

  @Override
  public Optional<DraftRunView> latest(Long actorId, String slug) {
    EventRecord event = events.manageable(actorId, slug);
    return programme.newestDraft(event.id()).map(run -> view(event, run));
  }

  private DraftRunView view(EventRecord event, DraftRun run) {
    List<DraftExplanationView> explanations = List.of();
    if (run.state() == DraftState.DONE && run.proposal().isPresent()) {
      DraftProposal proposal = DraftProposal.read(run.proposal().get());
      WorkInProgress wip = reader.read(event);
      Map<Long, String> titles = new HashMap<>();
      for (Contribution c : wip.contributions) {
        titles.put(c.id(), wip.submissions.get(c.submissionId()).title());
      }
      explanations =
          proposal.explanations().stream()
              .map(
                  e ->
                      new DraftExplanationView(
                          e.kind(),
                          e.text(),
                          e.contributionIds().stream()
                              .map(id -> titles.getOrDefault(id, "#" + id))
                              .toList()))
              .toList();
    }
    boolean abandoned = run.abandoned(clock.instant());
    return new DraftRunView(
        run.id(),
        abandoned ? DraftState.FAILED : run.state(),
        run.requestedAt(),
        run.seconds(),
        run.elapsedMs().orElse(null),
        run.score().orElse(null),
        run.placed().orElse(null),
        run.unplaced().orElse(null),
        abandoned ? DraftRun.INTERRUPTED : run.message().orElse(null),
        explanations);
  }

  /**
   * Places what the draft proposes. Contributions it left out go out of their sessions (the draft
   * re-placed everything not pinned); what changed since it was solved is respected: a contribution
   * or session removed meanwhile is skipped, and one pinned meanwhile stays.
   */
  @Override
  public int apply(Long actorId, String slug, Long runId) {
    EventRecord event = events.manageable(actorId, slug);
    DraftRun run = programme.draft(event.id(), runId).orElseThrow(() -> notFound());
    if (run.state() != DraftState.DONE || run.proposal().isEmpty()) {
      throw new ConflictException("programme.draft.notDone", "draft " + runId + " " + run.state());
    }
    DraftProposal proposal = DraftProposal.read(run.proposal().get());
    Map<Long, Contribution> contributions = new HashMap<>();
    programme.contributions(event.id()).forEach(c -> contributions.put(c.id(), c));
    Set<Long> sessions = new HashSet<>();
    programme.sessions(event.id()).stream().map(TimetableSession::id).forEach(sessions::add);
    int placed = 0;
    for (DraftProposal.Placement p : proposal.placements()) {
      Contribution c = contributions.get(p.contributionId());
      if (c != null && sessions.contains(p.sessionId()) && !pinnedElsewhere(c, p.sessionId())) {
        c.placeIn(p.sessionId(), p.order());
        placed++;
      }
    }
    for (Long id : proposal.unplaced()) {
      Contribution c = contributions.get(id);
      if (c != null && !c.pinned()) {
        c.placeIn(null, 0);
      }
    }
    run.close(DraftState.APPLIED);
    return placed;
  }

  private static boolean pinnedElsewhere(Contribution c, Long sessionId) {
    return c.pinned() && !c.sessionId().filter(sessionId::equals).isPresent();
  }

  @Override
  public void discard(Long actorId, String slug, Long runId) {
    EventRecord event = events.manageable(actorId, slug);
    DraftRun run = programme.draft(event.id(), runId).orElseThrow(() -> notFound());
    if (run.state() == DraftState.DONE || run.state() == DraftState.FAILED) {
      run.close(DraftState.DISCARDED);
    }
  }

  private static NotFoundException notFound() {
    return new NotFoundException("no such draft in this event");
  }
}
