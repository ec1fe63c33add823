package org.colloquium.reviews.api;

/**
 * What the organisers decide for a submission. A duplicate repeats another submission and is not
 * presented; a merged one is presented together with the one it is merged into.
 */
public enum Outcome {
  ACCEPT,
  POSTER,
  REVISIONS,
  REJECT,
  DUPLICATE,
  MERGED;

  /** Whether the submission is presented at the event (and may go into the programme). */
  public boolean presented() {
    return this == ACCEPT || this == POSTER;
  }

  /** Whether the decision names the other submission (the one repeated, or merged into). */
  public boolean namesOther() {
    return this == DUPLICATE || this == MERGED;
  }
}
