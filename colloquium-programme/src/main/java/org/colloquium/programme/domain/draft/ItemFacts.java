package org.colloquium.programme.domain.draft;

import java.util.BitSet;

/**
 * What never changes about a contribution during the search, computed once so that constraints do
 * array look-ups instead of walking speakers' calendars. One object shared by all clones of an
 * item: the solver copies the reference, not the arrays.
 */
final class ItemFacts {

  final int index;
  final DraftContribution source;

  /** Indices of the other items that share a speaker with this one. */
  final BitSet sharesSpeaker;

  /** Per block index: how many of its speakers are unavailable during the block. */
  final int[] unavailableSpeakers;

  /** Per block index: how many speakers' preferences the block misses. */
  final int[] preferenceMisses;

  ItemFacts(
      int index,
      DraftContribution source,
      BitSet sharesSpeaker,
      int[] unavailableSpeakers,
      int[] preferenceMisses) {
    this.index = index;
    this.source = source;
    this.sharesSpeaker = sharesSpeaker;
    this.unavailableSpeakers = unavailableSpeakers;
    this.preferenceMisses = preferenceMisses;
  }
}
