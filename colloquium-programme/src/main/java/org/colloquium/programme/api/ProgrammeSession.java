package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A block of the published timetable: a session with its contributions, a keynote, a plenary, a
 * poster session or a break.
 *
 * @param title in the event's language
 * @param titleSecond in the other language; null when the organiser gave none
 * @param description plain text, may be null (a plenary's speakers, a keynote's speaker)
 * @param roomId null for a break that happens everywhere
 * @param trackId null for none
 * @param language the language of its talks ("en", "ro"); null when mixed or not said
 * @param chairs the chairs' names as they are printed
 */
public record ProgrammeSession(
    Long id,
    SessionKind kind,
    String title,
    String titleSecond,
    String description,
    Long roomId,
    Instant start,
    Instant end,
    Long trackId,
    String language,
    List<String> chairs,
    List<ProgrammeContribution> contributions)
    implements Serializable {

  public ProgrammeSession {
    chairs = List.copyOf(chairs);
    contributions = List.copyOf(contributions);
  }
}
