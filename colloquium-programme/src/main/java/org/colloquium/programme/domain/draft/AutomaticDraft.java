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
   * Tabu search rather than Timefold's default late acceptance: on the 500-contribution benchmark
   * after the same 20 s, tabu search ended at -7,868 soft, late acceptance at -9,906 and great
   * deluge at -10,108 (construction alone: -10,163).
   */
  static SolverConfig solverConfig(DraftLimits limits) {
    return solverConfig(limits, LocalSearchType.TABU_SEARCH);
  }

  static SolverConfig solverConfig(DraftLimits limits, LocalSearchType localSearchType) {
    // The early stop belongs to the local search alone: on the solver, "feasible and unimproved"
    // holds from the start (an empty draft breaks no rule and the construction heuristic reports
    // no better draft until it is done), and it would end the construction before it places any.
    List<TerminationConfig> localSearchStops = new ArrayList<>();
    if (limits.unimprovedLimit() != null) {
      localSearchStops.add(
          new TerminationConfig()
              .withTerminationCompositionStyle(TerminationCompositionStyle.AND)
              .withBestScoreFeasible(true)
              .withUnimprovedSpentLimit(limits.unimprovedLimit()));
    }
    if (limits.moveLimit() != null) {
      // A move count rather than a step count, because a step may never end when no move is
      // accepted.
      localSearchStops.add(new TerminationConfig().withMoveCountLimit(limits.moveLimit()));
    }
    LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
    if (localSearchType != null) {
      localSearch.withLocalSearchType(localSearchType);
    }
    if (!localSearchStops.isEmpty()) {
      localSearch.withTerminationConfig(
          new TerminationConfig().withTerminationConfigList(localSearchStops));
    }
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
        .withPhases(
            new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
            localSearch);
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
