package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One of the last changes of the editor, newest first, as the undo list shows it.
 *
 * @param what the session's or contribution's title as it is now
 */
public record UndoableChange(Long id, UndoKind kind, String what, Instant at)
    implements Serializable {}
