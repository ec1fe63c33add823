package org.colloquium.programme.domain.timetable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquium.programme.api.SessionKind;

/**
 * A work-in-progress timetable as the rules need it, with contributions already timed by {@link
 * Sequencing}.
 *
 * @param firstDay the event's first day in its zone
 * @param lastDay the event's last day in its zone
 * @param people the names of everyone by lower-case address, for messages
 */
public record Timetable(
    ZoneId zone,
    LocalDate firstDay,
    LocalDate lastDay,
    List<Room> rooms,
    List<Block> sessions,
    List<Item> contributions,
    List<Absence> absences,
    Map<String, String> people) {

  public Timetable {
    rooms = List.copyOf(rooms);
    sessions = List.copyOf(sessions);
    contributions = List.copyOf(contributions);
    absences = List.copyOf(absences);
    people = Map.copyOf(people);
  }

  /** A room; a null capacity is not limited. */
  public record Room(Long id, String name, Integer capacity) {}

  /**
   * A session of any kind.
   *
   * @param roomId null for a break that happens everywhere
   * @param chairs lower-case addresses of the chairs that have one
   */
  public record Block(
      Long id,
      SessionKind kind,
      String title,
      Long roomId,
      Instant start,
      Instant end,
      Long trackId,
      Integer audience,
      Set<String> chairs) {

    public Block {
      chairs = Set.copyOf(chairs);
    }
  }

  /**
   * A contribution; {@code sessionId}, {@code start} and {@code end} are null while it is in no
   * session.
   *
   * @param speakers lower-case addresses of those who present it
   */
  public record Item(
      Long id,
      String title,
      Long sessionId,
      Instant start,
      Instant end,
      int minutes,
      boolean poster,
      Long trackId,
      String trackName,
      Set<String> speakers) {

    public Item {
      speakers = Set.copyOf(speakers);
    }

    public boolean scheduled() {
      return sessionId != null;
    }
  }

  /** When a speaker (by lower-case address) or a room cannot be used: exactly one of the two. */
  public record Absence(String speaker, Long roomId, Instant start, Instant end) {}
}
