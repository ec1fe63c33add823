package org.colloquium.reviews.api;

import java.io.Serializable;

/** One reviewer's progress in an event, for the organisers. */
public record ReviewerProgressRow(
    Long accountId, String name, int assigned, int submitted, int drafts, int declined)
    implements Serializable {

  public int due() {
    return Math.max(0, assigned - submitted);
  }
}
