package org.colloquium.programme.domain.draft;

import ai.timefold.solver.core.api.domain.common.DomainAccessType;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationCompositionStyle;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Drafts a programme: places contributions in blocks and rooms so that no rule is broken and as
 * many wishes as possible are met, and explains what remains. Pure and blocking: the caller runs it
 * in a background job, with the problem read beforehand and the result stored afterwards.
 */
public final class AutomaticDraft {

  /**
   * Fixed so that one problem with one move limit gives one draft, whoever runs it: organisers who
   * draft twice see the same programme, and tests can assert it.
   */
  static final long RANDOM_SEED = 20_261_204L;

  private static final String ALL_PLACED = "0hard/0medium/-2147483648soft";
  private static final double PLACING_SHARE_OF_TIME_LIMIT = 0.4;

  private AutomaticDraft() {}

  /**
   * Drafts for up to {@code timeLimit}, stopping earlier once no rule is broken and the draft has
   * not improved for {@link DraftLimits#DEFAULT_UNIMPROVED_LIMIT}.
   *
   * @param progress told of each better draft, on the solving thread; null for none
   */
  public static DraftResult solve(
      DraftProblem problem, Duration timeLimit, Consumer<DraftProgress> progress) {
    return solve(problem, DraftLimits.of(timeLimit), progress);
  }

  /**
   * Drafts within {@code limits}.
   *
   * @param progress told of each better draft, on the solving thread; null for none
   */
  public static DraftResult solve(
      DraftProblem problem, DraftLimits limits, Consumer<DraftProgress> progress) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(limits, "limits");
    return solve(problem, solverConfig(limits), progress);
  }

  static DraftResult solve(
      DraftProblem problem, SolverConfig config, Consumer<DraftProgress> progress) {
    long started = System.nanoTime();
    DraftModel model = DraftModel.of(problem);
    DraftSolution solution = model.solution(Map.of());
    SolverFactory<DraftSolution> factory = SolverFactory.create(config);
    DraftSolution best = solution;
    boolean somethingToPlace =
        !solution.slots().isEmpty() && solution.items().stream().anyMatch(item -> !item.pinned());
    if (somethingToPlace) {
      Solver<DraftSolution> solver = factory.buildSolver();
      if (progress != null) {
        solver.addEventListener(
            event ->
                progress.accept(
                    new DraftProgress(
                        score((HardMediumSoftScore) event.getNewBestScore()),
                        Duration.ofMillis(event.getTimeMillisSpent()))));
      }
      best = solver.solve(solution);
    }
    return result(model, best, factory, Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Scores and explains a given draft without solving: for a programme edited by hand, or to
   * compare another method's draft with this one's. Contributions missing from {@code placements}
   * stay where they are pinned, or unplaced.
   */
  public static DraftResult check(DraftProblem problem, Map<Long, DraftPlacement> placements) {
    DraftModel model = DraftModel.of(problem);
    DraftSolution solution = model.solution(placements);
    SolverFactory<DraftSolution> factory =
        SolverFactory.create(solverConfig(DraftLimits.of(Duration.ofSeconds(1))));
    return result(model, solution, factory, Duration.ZERO);
  }

  /**
   * Reflection, not Gizmo: generated accessors would be defined in a class loader of the solver's
   * choosing, which JBoss Modules in a WildFly EAR does not offer; the class loader is this
   * package's, so that the solver finds the domain classes from inside the deployment.
   */
  /**
   * Two local searches after the construction. Late acceptance first, while it still places more
   * contributions: it is the better of the two at that (on the over-full benchmark instance, 87
   * left out after 30 s against 105 for tabu search alone). Then tabu search for the wishes: after
   * the same 20 s on the roomy instance it ended at -7,868 soft, late acceptance at -9,906 and
   * great deluge at -10,108 (the construction alone: -10,163).
   */
  static SolverConfig solverConfig(DraftLimits limits) {
    return solverConfig(limits, true, LocalSearchType.TABU_SEARCH);
  }

  static SolverConfig solverConfig(
      DraftLimits limits, boolean placingPhase, LocalSearchType polishingType) {
    List<PhaseConfig> phases = new ArrayList<>();
    phases.add(
        new ConstructionHeuristicPhaseConfig()
            .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING));
    if (placingPhase) {
      // Ends once everything is placed, or after its share of the time limit. The fields of one
      // termination configuration are alternatives: the first reached stops the phase. (Timefold
      // 1.32 fails with a NullPointerException on an unimproved score-difference threshold in a
      // phase, which would have said "nothing more placed for a while" better.)
      TerminationConfig stop =
          new TerminationConfig()
              .withBestScoreLimit(ALL_PLACED)
              .withSpentLimit(
                  Duration.ofMillis(
                      (long) (limits.timeLimit().toMillis() * PLACING_SHARE_OF_TIME_LIMIT)));
      if (limits.moveLimit() != null) {
        stop.withMoveCountLimit(limits.moveLimit() / 2);
      }
      phases.add(
          new LocalSearchPhaseConfig()
              .withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE)
              .withTerminationConfig(stop));
    }
    // The early stop belongs to the local search alone: on the solver, "feasible and unimproved"
    // holds from the start (an empty draft breaks no rule and the construction heuristic reports
    // no better draft until it is done), and it would end the construction before it places any.
    List<TerminationConfig> stops = new ArrayList<>();
    if (limits.unimprovedLimit() != null) {
      stops.add(
          new TerminationConfig()
              .withTerminationCompositionStyle(TerminationCompositionStyle.AND)
              .withBestScoreFeasible(true)
              .withUnimprovedSpentLimit(limits.unimprovedLimit()));
    }
    if (limits.moveLimit() != null) {
      // A move count rather than a step count, because a step may never end when no move is
      // accepted.
      stops.add(new TerminationConfig().withMoveCountLimit(limits.moveLimit()));
    }
    LocalSearchPhaseConfig polishing = new LocalSearchPhaseConfig();
    if (polishingType != null) {
      polishing.withLocalSearchType(polishingType);
    }
    if (!stops.isEmpty()) {
      polishing.withTerminationConfig(new TerminationConfig().withTerminationConfigList(stops));
    }
    phases.add(polishing);
    ClassLoader classLoader = AutomaticDraft.class.getClassLoader();
    return new SolverConfig(classLoader)
        .withClassLoader(classLoader)
        .withDomainAccessType(DomainAccessType.REFLECTION)
        .withSolutionClass(DraftSolution.class)
        .withEntityClasses(DraftItem.class)
        .withConstraintProviderClass(DraftConstraints.class)
        .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
        .withRandomSeed(RANDOM_SEED)
        .withTerminationConfig(new TerminationConfig().withSpentLimit(limits.timeLimit()))
        .withPhaseList(phases);
  }

  private static DraftResult result(
      DraftModel model,
      DraftSolution solution,
      SolverFactory<DraftSolution> factory,
      Duration elapsed) {
    SolutionManager<DraftSolution, HardMediumSoftScore> manager = SolutionManager.create(factory);
    var analysis = manager.analyze(solution, ScoreAnalysisFetchPolicy.FETCH_ALL);
    List<DraftWarning> warnings = new DraftExplanation(model, solution).warnings(analysis);
    return new DraftResult(model.assignments(solution), score(analysis.score()), warnings, elapsed);
  }

  static DraftScore score(HardMediumSoftScore score) {
    return new DraftScore(score.hardScore(), score.mediumScore(), score.softScore());
  }
}
