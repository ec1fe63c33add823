package org.colloquium.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquium.programme.api.LiveStream;
import org.colloquium.programme.api.ProgrammeSession;
import org.colloquium.programme.api.ProgrammeStreams;
import org.colloquium.programme.api.PublishedProgramme;
import org.colloquium.programme.api.PublishedProgrammes;
import org.colloquium.programme.api.SessionKind;
import org.colloquium.programme.domain.ProgrammeRepository;
import org.colloquium.programme.domain.Room;

/**
 * Live rooms from the published release's times and the rooms' current links: an organiser who
 * replaces a broken meeting link mid-session needs no new release for people to reach the new one.
 */
@ApplicationScoped
@Transactional
public class DefaultProgrammeStreams implements ProgrammeStreams {

  @Inject PublishedProgrammes published;
  @Inject ProgrammeRepository programme;

  @Override
  public List<LiveStream> liveAt(String slug, Instant at) {
    Optional<PublishedProgramme> release = published.current(slug, null);
    if (release.isEmpty()) {
      return List.of();
    }
    Map<Long, Room> rooms =
        programme.rooms(release.get().event().id()).stream()
            .collect(Collectors.toMap(Room::id, Function.identity()));
    Instant soon = at.plus(LEAD);
    List<LiveStream> live = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (ProgrammeSession s : release.get().sessions()) {
      Room room = s.roomId() == null ? null : rooms.get(s.roomId());
      boolean running = s.start().isBefore(soon) && s.end().isAfter(at);
      if (room != null
          && running
          && s.kind() != SessionKind.BREAK
          && room.streamUrl().isPresent()
          && seen.add(room.id())) {
        live.add(
            new LiveStream(room.name(), s.title(), s.start(), s.end(), room.streamUrl().get()));
      }
    }
    return live;
  }
}
