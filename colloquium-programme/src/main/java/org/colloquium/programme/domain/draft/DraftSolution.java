package org.colloquium.programme.domain.draft;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/**
 * Hard: broken rules. Medium: contributions left out. Soft: wishes. Three levels so that leaving a
 * contribution out is always better than breaking a rule and always worse than any number of unmet
 * wishes.
 */
@PlanningSolution
final class DraftSolution {

  @ProblemFactCollectionProperty @ValueRangeProvider private List<Slot> slots;

  @PlanningEntityCollectionProperty private List<DraftItem> items;

  @PlanningScore private HardMediumSoftScore score;

  /** For the solver's cloning. */
  DraftSolution() {}

  DraftSolution(List<Slot> slots, List<DraftItem> items) {
    this.slots = slots;
    this.items = items;
  }

  List<Slot> slots() {
    return slots;
  }

  List<DraftItem> items() {
    return items;
  }

  HardMediumSoftScore score() {
    return score;
  }
}
