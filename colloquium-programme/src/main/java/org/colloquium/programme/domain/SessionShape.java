package org.colloquium.programme.domain;

import java.time.Instant;
import java.util.List;
import org.colloquium.programme.api.SessionKind;

/** What a session is, checked, for {@link TimetableSession}'s constructor and changes. */
public record SessionShape(
    SessionKind kind,
    String title,
    String titleSecond,
    String description,
    Long roomId,
    Instant start,
    Instant end,
    Long trackId,
    String language,
    Integer audience,
    boolean pinned,
    List<Chair> chairs) {

  public SessionShape {
    chairs = List.copyOf(chairs);
  }
}
