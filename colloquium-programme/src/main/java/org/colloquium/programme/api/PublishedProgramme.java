package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.colloquium.kernel.i18n.Language;

/**
 * One release of an event's programme as the public gets it: everything the web page, the PDFs and
 * the feeds show, frozen when it was published (the organisers go on editing the next one).
 * Internal blockers and people's e-mail addresses are never in it. Sessions come in order of start,
 * then room; contributions in order of start within their session.
 *
 * @param version 1 for the first release, then one more per release
 * @param changelog what changed since the previous release, as the organiser left it (plain text,
 *     one change per line); empty for the first
 */
public record PublishedProgramme(
    EventFacts event,
    int version,
    Instant publishedAt,
    String changelog,
    List<ProgrammeRoom> rooms,
    List<ProgrammeTrack> tracks,
    List<ProgrammeSession> sessions)
    implements Serializable {

  public PublishedProgramme {
    rooms = List.copyOf(rooms);
    tracks = List.copyOf(tracks);
    sessions = List.copyOf(sessions);
  }

  /** The days that have something on them, in the event's zone, in order. */
  public List<LocalDate> days() {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (ProgrammeSession session : sessions) {
      days.add(session.start().atZone(event.zone()).toLocalDate());
    }
    return List.copyOf(days);
  }

  public Optional<ProgrammeRoom> room(Long roomId) {
    return rooms.stream().filter(r -> r.id().equals(roomId)).findFirst();
  }

  public Optional<ProgrammeTrack> track(Long trackId) {
    return tracks.stream().filter(t -> t.id().equals(trackId)).findFirst();
  }

  /** A room's name, or null for none or an unknown one: for pages and PDFs. */
  public String roomName(Long roomId) {
    return roomId == null ? null : room(roomId).map(ProgrammeRoom::name).orElse(null);
  }

  /** A track's name, or null for none or an unknown one. */
  public String trackName(Long trackId) {
    return trackId == null ? null : track(trackId).map(ProgrammeTrack::name).orElse(null);
  }

  /** Every contribution, in programme order. */
  public List<ProgrammeContribution> contributions() {
    return sessions.stream()
        .flatMap(s -> s.contributions().stream())
        .sorted(Comparator.comparing(ProgrammeContribution::start))
        .toList();
  }

  /**
   * The event as a release shows it.
   *
   * @param organiser the organising institution's name; null for none
   * @param partners partner institutions in the order the event lists them
   */
  public record EventFacts(
      Long id,
      String slug,
      String title,
      String subtitle,
      Instant start,
      Instant end,
      ZoneId zone,
      String venueName,
      String venueAddress,
      Language language,
      String organiser,
      List<Partner> partners)
      implements Serializable {

    public EventFacts {
      partners = List.copyOf(partners);
    }
  }

  /**
   * A partner institution.
   *
   * @param logoSha256 the stored file of its logo (PNG or JPEG); null for none
   */
  public record Partner(String name, String logoSha256) implements Serializable {}
}
