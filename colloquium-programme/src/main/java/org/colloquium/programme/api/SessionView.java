package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A session in the organisers' editor, with its contributions in order.
 *
 * @param chairs one per line, as the form shows them
 * @param overrunMinutes how much longer its talks are than it; 0 when they fit
 */
public record SessionView(
    Long id,
    SessionKind kind,
    String title,
    String titleSecond,
    String description,
    Long roomId,
    String roomName,
    Instant start,
    Instant end,
    Long trackId,
    String trackName,
    String language,
    Integer audience,
    boolean pinned,
    String chairs,
    List<ContributionView> contributions,
    long overrunMinutes)
    implements Serializable {

  public SessionView {
    contributions = List.copyOf(contributions);
  }
}
