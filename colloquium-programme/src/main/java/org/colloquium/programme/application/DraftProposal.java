package org.colloquium.programme.application;

import java.util.List;

/**
 * What a finished draft proposes, as stored with it until it is applied: the session and place of
 * every contribution it placed, the contributions it left out, and the explanations.
 *
 * @param unplaced contributions of the draft placed nowhere
 */
public record DraftProposal(
    List<Placement> placements, List<Long> unplaced, List<Explanation> explanations) {

  /** A contribution in a session at a place (0 first). */
  public record Placement(Long contributionId, Long sessionId, int order) {}

  /** A problem left, in the solver's words, with the contributions concerned. */
  public record Explanation(String kind, String text, List<Long> contributionIds) {}

  byte[] write() {
    return GzipJson.write(this);
  }

  static DraftProposal read(byte[] content) {
    return GzipJson.read(content, DraftProposal.class);
  }
}
