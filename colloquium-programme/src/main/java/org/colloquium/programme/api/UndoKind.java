package org.colloquium.programme.api;

/** The changes of the editor that can be undone: the moves a drag or a place form makes. */
public enum UndoKind {
  /** A session went to another room or time, or was resized. */
  SESSION_MOVED,
  /** A contribution went into, out of or within a session. */
  CONTRIBUTION_PLACED,
  /** A contribution's length, board or pin changed. */
  CONTRIBUTION_CHANGED
}
