package org.colloquium.programme.domain.draft;

/** What the draft must know of a contribution's kind. */
public enum ContributionKind {
  TALK,
  /** Should be alone in its block: nothing runs in parallel, nothing else in its session. */
  KEYNOTE
}
