package org.colloquium.programme.api;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** Test releases made from others: the same programme with its contributions or version changed. */
public final class ReleaseEdits {

  private ReleaseEdits() {}

  /** Every session's contributions passed through {@code change}; everything else as it was. */
  public static PublishedProgramme withContributions(
      PublishedProgramme programme, UnaryOperator<List<ProgrammeContribution>> change) {
    List<ProgrammeSession> sessions =
        programme.sessions().stream()
            .map(
                s ->
                    new ProgrammeSession(
                        s.id(),
                        s.kind(),
                        s.title(),
                        s.titleSecond(),
                        s.description(),
                        s.roomId(),
                        s.start(),
                        s.end(),
                        s.trackId(),
                        s.language(),
                        s.chairs(),
                        change.apply(s.contributions())))
            .toList();
    return new PublishedProgramme(
        programme.event(),
        programme.version(),
        programme.publishedAt(),
        programme.changelog(),
        programme.rooms(),
        programme.tracks(),
        sessions);
  }

  /** The same content as another release. */
  public static PublishedProgramme asRelease(
      PublishedProgramme programme, int version, Instant publishedAt, String changelog) {
    return new PublishedProgramme(
        programme.event(),
        version,
        publishedAt,
        changelog,
        programme.rooms(),
        programme.tracks(),
        programme.sessions());
  }
}
