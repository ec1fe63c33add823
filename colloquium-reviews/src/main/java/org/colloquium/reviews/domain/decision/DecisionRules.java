package org.colloquium.reviews.domain.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.reviews.api.DecisionInput;

/** Whether a decision fits the event: its type, track and the other submission it names. */
public final class DecisionRules {

  public static final int NOTE_MAX = 2000;

  private DecisionRules() {}

  /**
   * @param numbers the event's handed-in submissions
   * @param namingOthers submissions already decided as duplicates or merged into another: a chain
   *     would leave a submission pointing at one that is not presented
   * @param namedByOthers submissions that duplicates or merged ones point at
   */
  public static List<Problem> check(
      DecisionInput input,
      Set<Long> typeIds,
      Set<Long> trackIds,
      Set<Integer> numbers,
      Set<Integer> namingOthers,
      Set<Integer> namedByOthers) {
    List<Problem> problems = new ArrayList<>();
    if (input.outcome() == null) {
      problems.add(Problem.of("outcome", "reviews.decision.outcome.required"));
      return problems;
    }
    if (input.typeId() != null && !typeIds.contains(input.typeId())) {
      problems.add(Problem.of("type", "reviews.decision.type.unknown"));
    }
    if (input.trackId() != null && !trackIds.contains(input.trackId())) {
      problems.add(Problem.of("track", "reviews.decision.track.unknown"));
    }
    if (!input.outcome().presented() && (input.typeId() != null || input.trackId() != null)) {
      problems.add(Problem.of("type", "reviews.decision.type.onlyAccepted"));
    }
    Integer other = input.otherNumber();
    if (input.outcome().namesOther()) {
      if (other == null) {
        problems.add(Problem.of("other", "reviews.decision.other.required"));
      } else if (other == input.number()) {
        problems.add(Problem.of("other", "reviews.decision.other.itself"));
      } else if (!numbers.contains(other)) {
        problems.add(Problem.of("other", "reviews.decision.other.unknown", other));
      } else if (namingOthers.contains(other)) {
        problems.add(Problem.of("other", "reviews.decision.other.chain", other));
      } else if (namedByOthers.contains(input.number())) {
        problems.add(Problem.of("other", "reviews.decision.other.named", input.number()));
      }
    } else if (other != null) {
      problems.add(Problem.of("other", "reviews.decision.other.notWanted"));
    }
    if (input.note() != null && input.note().strip().length() > NOTE_MAX) {
      problems.add(Problem.of("note", "reviews.decision.note.tooLong", NOTE_MAX));
    }
    return problems;
  }
}
