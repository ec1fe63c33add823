package org.colloquium.programme.domain.draft;

import java.time.Duration;
import java.util.List;

/**
 * A draft programme: where each contribution goes, how good that is, and every violation that
 * remains, so that organisers see what to fix by hand.
 *
 * @param assignments one per contribution of the problem, in the problem's order
 * @param warnings hard ones first, then unplaced contributions, then unmet wishes
 * @param elapsed time spent solving (zero for {@link AutomaticDraft#check})
 */
public record DraftResult(
    List<DraftAssignment> assignments,
    DraftScore score,
    List<DraftWarning> warnings,
    Duration elapsed) {

  public DraftResult {
    assignments = List.copyOf(assignments);
    warnings = List.copyOf(warnings);
  }

  public long unplacedCount() {
    return assignments.stream().filter(assignment -> !assignment.placed()).count();
  }

  public List<DraftWarning> warnings(DraftWarningKind kind) {
    return warnings.stream().filter(warning -> warning.kind() == kind).toList();
  }

  public List<DraftWarning> warnings(DraftWarningKind.Level level) {
    return warnings.stream().filter(warning -> warning.kind().level() == level).toList();
  }
}
