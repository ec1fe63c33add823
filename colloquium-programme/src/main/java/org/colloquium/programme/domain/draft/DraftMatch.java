package org.colloquium.programme.domain.draft;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;

/**
 * Why a constraint matched, as far as the constraint stream knows: the items of the match, or the
 * slot or track of a grouped one, and the figure it counted. Turned into a {@link DraftWarning} by
 * {@link DraftExplanation}, which can see the whole draft.
 */
record DraftMatch(List<DraftItem> items, Slot slot, Long trackId, int figure)
    implements ConstraintJustification {

  static DraftMatch of(DraftItem item) {
    return new DraftMatch(List.of(item), item.slot(), item.trackId(), 0);
  }

  static DraftMatch of(DraftItem a, DraftItem b) {
    return new DraftMatch(List.of(a, b), a.slot(), a.trackId(), 0);
  }

  static DraftMatch ofSlot(Slot slot, int figure) {
    return new DraftMatch(List.of(), slot, null, figure);
  }

  static DraftMatch ofTrack(Long trackId, int figure) {
    return new DraftMatch(List.of(), null, trackId, figure);
  }
}
