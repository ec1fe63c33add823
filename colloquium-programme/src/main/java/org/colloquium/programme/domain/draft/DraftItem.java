package org.colloquium.programme.domain.draft;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Comparator;

/**
 * A contribution being placed. Unassigned is allowed so that a problem with no full solution still
 * gives the best partial draft: leaving one out costs a medium point, less than any broken rule.
 */
@PlanningEntity(difficultyComparatorClass = DraftItem.Difficulty.class)
final class DraftItem {

  @PlanningId private Long id;

  private ItemFacts facts;

  @PlanningPin private boolean pinned;

  @PlanningVariable(allowsUnassigned = true)
  private Slot slot;

  /** For the solver's cloning. */
  DraftItem() {}

  DraftItem(ItemFacts facts, boolean pinned, Slot slot) {
    this.id = facts.source.id();
    this.facts = facts;
    this.pinned = pinned;
    this.slot = slot;
  }

  long id() {
    return id;
  }

  ItemFacts facts() {
    return facts;
  }

  DraftContribution source() {
    return facts.source;
  }

  boolean pinned() {
    return pinned;
  }

  Slot slot() {
    return slot;
  }

  void setSlot(Slot slot) {
    this.slot = slot;
  }

  Block block() {
    return slot.block;
  }

  Room room() {
    return slot.room;
  }

  Long startMinute() {
    return slot.block.startMinute;
  }

  Long endMinute() {
    return slot.block.endMinute;
  }

  int duration() {
    return facts.source.durationMinutes();
  }

  int audience() {
    return facts.source.expectedAudience();
  }

  Long trackId() {
    return facts.source.trackId();
  }

  String language() {
    return facts.source.language();
  }

  boolean keynote() {
    return facts.source.kind() == ContributionKind.KEYNOTE;
  }

  boolean sharesSpeakerWith(DraftItem other) {
    return facts.sharesSpeaker.get(other.facts.index);
  }

  int unavailableSpeakers() {
    return facts.unavailableSpeakers[slot.block.index];
  }

  int preferenceMisses() {
    return facts.preferenceMisses[slot.block.index];
  }

  @Override
  public String toString() {
    return "contribution " + id;
  }

  /**
   * Hardest first for the construction heuristic: keynotes (they want a block of their own), then
   * the largest audiences (few rooms hold them), then the longest, then the most entangled by
   * shared speakers; id last so that the order is total and the draft reproducible. Public, with a
   * public constructor, only because the solver instantiates it by reflection.
   */
  public static final class Difficulty implements Comparator<DraftItem> {
    private static final Comparator<DraftItem> ORDER =
        Comparator.comparing(DraftItem::keynote)
            .thenComparingInt(DraftItem::audience)
            .thenComparingInt(DraftItem::duration)
            .thenComparingInt(item -> item.facts.sharesSpeaker.cardinality())
            .thenComparing(DraftItem::id, Comparator.reverseOrder());

    public Difficulty() {}

    @Override
    public int compare(DraftItem a, DraftItem b) {
      return ORDER.compare(a, b);
    }
  }
}
