package org.colloquium.programme.domain.timetable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.colloquium.programme.api.ProgrammeWarning;
import org.colloquium.programme.api.Severity;
import org.colloquium.programme.api.WarningKind;
import org.colloquium.programme.domain.timetable.Timetable.Absence;
import org.colloquium.programme.domain.timetable.Timetable.Block;
import org.colloquium.programme.domain.timetable.Timetable.Item;
import org.colloquium.programme.domain.timetable.Timetable.Room;

/**
 * What is wrong with a timetable, computed whole on every change (a programme of a thousand
 * contributions takes milliseconds: every check sorts once and sweeps, none compares all pairs).
 * Kinds the organisers set to {@link Severity#IGNORE} are not computed.
 */
public final class Warnings {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final Timetable timetable;
  private final Map<WarningKind, Severity> severities;
  private final Map<Long, Block> sessions = new HashMap<>();
  private final Map<Long, Room> rooms = new HashMap<>();
  private final List<ProgrammeWarning> found = new ArrayList<>();

  private Warnings(Timetable timetable, Map<WarningKind, Severity> chosen) {
    this.timetable = timetable;
    this.severities = new HashMap<>();
    for (WarningKind kind : WarningKind.values()) {
      severities.put(kind, chosen.getOrDefault(kind, kind.byDefault()));
    }
    timetable.sessions().forEach(s -> sessions.put(s.id(), s));
    timetable.rooms().forEach(r -> rooms.put(r.id(), r));
  }

  /**
   * Every warning, in a stable order: by kind (in the order of {@link WarningKind}), then by time.
   *
   * @param chosen the organisers' severities; a kind not in it has its default
   */
  public static List<ProgrammeWarning> of(Timetable timetable, Map<WarningKind, Severity> chosen) {
    Warnings warnings = new Warnings(timetable, chosen);
    warnings.doubleBookedPeople();
    warnings.doubleBookedRooms();
    warnings.absentPeopleAndRooms();
    warnings.roomsTooSmall();
    warnings.overruns();
    warnings.tracksInParallel();
    warnings.unscheduled();
    warnings.outsideTheEvent();
    return List.copyOf(warnings.found);
  }

  /** Whether any of the warnings stops publishing. */
  public static boolean blocksPublishing(List<ProgrammeWarning> warnings) {
    return warnings.stream().anyMatch(ProgrammeWarning::blocks);
  }

  private boolean wanted(WarningKind kind) {
    return severities.get(kind) != Severity.IGNORE;
  }

  private void add(WarningKind kind, Long sessionId, Long contributionId, String... args) {
    for (int i = 0; i < args.length; i++) {
      args[i] = args[i] == null ? "" : args[i];
    }
    found.add(
        new ProgrammeWarning(kind, severities.get(kind), List.of(args), sessionId, contributionId));
  }

  /** Where a person is at some time: presenting a contribution, or chairing a session. */
  private record Presence(
      String person,
      Instant start,
      Instant end,
      Long sessionId,
      Long contributionId,
      String title) {}

  private List<Presence> presences() {
    List<Presence> all = new ArrayList<>();
    for (Item item : timetable.contributions()) {
      if (item.scheduled()) {
        for (String speaker : item.speakers()) {
          all.add(
              new Presence(
                  speaker, item.start(), item.end(), item.sessionId(), item.id(), item.title()));
        }
      }
    }
    for (Block session : timetable.sessions()) {
      for (String chair : session.chairs()) {
        all.add(
            new Presence(
                chair, session.start(), session.end(), session.id(), null, session.title()));
      }
    }
    return all;
  }

  /**
   * A person in two sessions at once. Two talks of one person in the same session run one after the
   * other, and a chair may present in their own session, so presences in one session never clash.
   * One warning per pair of sessions and person.
   */
  private void doubleBookedPeople() {
    if (!wanted(WarningKind.SPEAKER_DOUBLE_BOOKED)) {
      return;
    }
    Map<String, List<Presence>> byPerson = new LinkedHashMap<>();
    for (Presence p : presences()) {
      byPerson.computeIfAbsent(p.person(), k -> new ArrayList<>()).add(p);
    }
    for (var entry : byPerson.entrySet()) {
      List<Presence> times = entry.getValue();
      times.sort(Comparator.comparing(Presence::start));
      Set<String> reported = new HashSet<>();
      List<Presence> open = new ArrayList<>();
      for (Presence p : times) {
        open.removeIf(o -> !o.end().isAfter(p.start()));
        for (Presence o : open) {
          if (!Objects.equals(o.sessionId(), p.sessionId())
              && reported.add(
                  Math.min(o.sessionId(), p.sessionId())
                      + ":"
                      + Math.max(o.sessionId(), p.sessionId()))) {
            add(
                WarningKind.SPEAKER_DOUBLE_BOOKED,
                p.sessionId(),
                p.contributionId() != null ? p.contributionId() : o.contributionId(),
                name(entry.getKey()),
                o.title(),
                p.title(),
                time(p.start()));
          }
        }
        open.add(p);
      }
    }
  }

  /** Two sessions in one room at once; a blocker reserves its room like any session. */
  private void doubleBookedRooms() {
    if (!wanted(WarningKind.ROOM_DOUBLE_BOOKED)) {
      return;
    }
    Map<Long, List<Block>> byRoom = new LinkedHashMap<>();
    for (Block session : sorted(timetable.sessions())) {
      if (session.roomId() != null) {
        byRoom.computeIfAbsent(session.roomId(), k -> new ArrayList<>()).add(session);
      }
    }
    for (var entry : byRoom.entrySet()) {
      List<Block> open = new ArrayList<>();
      for (Block s : entry.getValue()) {
        open.removeIf(o -> !o.end().isAfter(s.start()));
        for (Block o : open) {
          add(
              WarningKind.ROOM_DOUBLE_BOOKED,
              s.id(),
              null,
              roomName(entry.getKey()),
              o.title(),
              s.title(),
              time(s.start()));
        }
        open.add(s);
      }
    }
  }

  private void absentPeopleAndRooms() {
    boolean people = wanted(WarningKind.SPEAKER_UNAVAILABLE);
    boolean roomsToo = wanted(WarningKind.ROOM_UNAVAILABLE);
    Map<String, List<Absence>> byPerson = new HashMap<>();
    Map<Long, List<Absence>> byRoom = new HashMap<>();
    for (Absence absence : timetable.absences()) {
      if (absence.speaker() != null) {
        byPerson.computeIfAbsent(absence.speaker(), k -> new ArrayList<>()).add(absence);
      } else {
        byRoom.computeIfAbsent(absence.roomId(), k -> new ArrayList<>()).add(absence);
      }
    }
    if (people) {
      for (Presence p : presences()) {
        for (Absence a : byPerson.getOrDefault(p.person(), List.of())) {
          if (overlap(p.start(), p.end(), a.start(), a.end())) {
            add(
                WarningKind.SPEAKER_UNAVAILABLE,
                p.sessionId(),
                p.contributionId(),
                name(p.person()),
                p.title(),
                time(p.start()));
            break;
          }
        }
      }
    }
    if (roomsToo) {
      for (Block s : sorted(timetable.sessions())) {
        for (Absence a : byRoom.getOrDefault(s.roomId(), List.of())) {
          if (overlap(s.start(), s.end(), a.start(), a.end())) {
            add(
                WarningKind.ROOM_UNAVAILABLE,
                s.id(),
                null,
                roomName(s.roomId()),
                s.title(),
                time(s.start()));
            break;
          }
        }
      }
    }
  }

  private void roomsTooSmall() {
    if (!wanted(WarningKind.ROOM_TOO_SMALL)) {
      return;
    }
    for (Block s : sorted(timetable.sessions())) {
      Room room = s.roomId() == null ? null : rooms.get(s.roomId());
      if (room != null
          && room.capacity() != null
          && s.audience() != null
          && s.audience() > room.capacity()) {
        add(
            WarningKind.ROOM_TOO_SMALL,
            s.id(),
            null,
            room.name(),
            s.title(),
            Integer.toString(s.audience()),
            Integer.toString(room.capacity()));
      }
    }
  }

  private void overruns() {
    if (!wanted(WarningKind.SESSION_OVERRUN)) {
      return;
    }
    Map<Long, Long> minutes = new HashMap<>();
    for (Item item : timetable.contributions()) {
      if (item.scheduled() && !item.poster()) {
        minutes.merge(item.sessionId(), (long) item.minutes(), Long::sum);
      }
    }
    for (Block s : sorted(timetable.sessions())) {
      long over =
          minutes.getOrDefault(s.id(), 0L)
              - java.time.Duration.between(s.start(), s.end()).toMinutes();
      if (over > 0) {
        add(WarningKind.SESSION_OVERRUN, s.id(), null, s.title(), Long.toString(over));
      }
    }
  }

  /**
   * Contributions of one track in two sessions at once: people who follow a track miss one of them.
   * One warning per pair of sessions and track.
   */
  private void tracksInParallel() {
    if (!wanted(WarningKind.TRACK_IN_PARALLEL)) {
      return;
    }
    Map<Long, List<Item>> byTrack = new LinkedHashMap<>();
    for (Item item : timetable.contributions()) {
      if (item.scheduled() && item.trackId() != null && !item.poster()) {
        byTrack.computeIfAbsent(item.trackId(), k -> new ArrayList<>()).add(item);
      }
    }
    for (List<Item> items : byTrack.values()) {
      items.sort(Comparator.comparing(Item::start).thenComparing(Item::id));
      Set<String> reported = new HashSet<>();
      List<Item> open = new ArrayList<>();
      for (Item item : items) {
        open.removeIf(o -> !o.end().isAfter(item.start()));
        for (Item o : open) {
          if (!o.sessionId().equals(item.sessionId())
              && reported.add(
                  Math.min(o.sessionId(), item.sessionId())
                      + ":"
                      + Math.max(o.sessionId(), item.sessionId()))) {
            add(
                WarningKind.TRACK_IN_PARALLEL,
                item.sessionId(),
                item.id(),
                item.trackName(),
                sessions.get(o.sessionId()).title(),
                sessions.get(item.sessionId()).title(),
                time(item.start()));
          }
        }
        open.add(item);
      }
    }
  }

  private void unscheduled() {
    if (!wanted(WarningKind.UNSCHEDULED)) {
      return;
    }
    timetable.contributions().stream()
        .filter(item -> !item.scheduled())
        .sorted(Comparator.comparing(Item::id))
        .forEach(item -> add(WarningKind.UNSCHEDULED, null, item.id(), item.title()));
  }

  private void outsideTheEvent() {
    if (!wanted(WarningKind.OUTSIDE_EVENT)) {
      return;
    }
    for (Block s : sorted(timetable.sessions())) {
      LocalDate first = s.start().atZone(timetable.zone()).toLocalDate();
      LocalDate last = s.end().minusNanos(1).atZone(timetable.zone()).toLocalDate();
      if (first.isBefore(timetable.firstDay()) || last.isAfter(timetable.lastDay())) {
        add(WarningKind.OUTSIDE_EVENT, s.id(), null, s.title(), first.toString());
      }
    }
  }

  private static List<Block> sorted(List<Block> sessions) {
    List<Block> copy = new ArrayList<>(sessions);
    copy.sort(Comparator.comparing(Block::start).thenComparing(Block::id));
    return copy;
  }

  private static boolean overlap(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
    return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
  }

  private String name(String person) {
    return timetable.people().getOrDefault(person, person);
  }

  private String roomName(Long roomId) {
    Room room = rooms.get(roomId);
    return room == null ? "?" : room.name();
  }

  private String time(Instant instant) {
    return TIME.format(instant.atZone(timetable.zone()));
  }
}
