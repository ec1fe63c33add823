package org.colloquium.programme.api;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong with the work-in-progress timetable.
 *
 * @param args the message's values, already as text (names, titles, times in the event's zone as
 *     HH:mm, numbers), for the message {@code programme.warning.<KIND>}
 * @param sessionId the session to open to fix it; null for none
 * @param contributionId the contribution to open to fix it; null for none
 */
public record ProgrammeWarning(
    WarningKind kind, Severity severity, List<String> args, Long sessionId, Long contributionId)
    implements Serializable {

  public ProgrammeWarning {
    args = List.copyOf(args);
  }

  public boolean blocks() {
    return severity == Severity.BLOCK;
  }
}
