package org.colloquium.programme.domain.draft;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small problems for tests, written the way an organiser would describe them. */
final class DraftProblemBuilder {

  static final LocalDate DAY_1 = LocalDate.of(2027, 5, 10);
  static final LocalDate DAY_2 = LocalDate.of(2027, 5, 11);

  /** Enough moves for every tiny instance here to reach its best draft, on any machine. */
  static final DraftLimits TEST_LIMITS = DraftLimits.moves(20_000, Duration.ofSeconds(30));

  private final Map<LocalDate, List<DraftBlock>> days = new LinkedHashMap<>();
  private final List<DraftRoom> rooms = new ArrayList<>();
  private final List<DraftContribution> contributions = new ArrayList<>();
  private final Map<String, List<DraftInterval>> unavailable = new LinkedHashMap<>();
  private final Map<String, SpeakerPreference> preferences = new LinkedHashMap<>();

  static Instant at(LocalDate day, String time) {
    return day.atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
  }

  DraftProblemBuilder block(String id, LocalDate day, String from, String to) {
    days.computeIfAbsent(day, d -> new ArrayList<>())
        .add(new DraftBlock(id, at(day, from), at(day, to)));
    return this;
  }

  DraftProblemBuilder room(long id, Integer capacity, DraftInterval... unavailableDuring) {
    rooms.add(new DraftRoom(id, "Room " + id, capacity, List.of(unavailableDuring)));
    return this;
  }

  DraftProblemBuilder talk(long id, int minutes, Long track, String speaker) {
    return add(DraftContribution.talk(id, minutes, track, "en", List.of(speaker), 0));
  }

  DraftProblemBuilder add(DraftContribution contribution) {
    contributions.add(contribution);
    return this;
  }

  DraftProblemBuilder unavailable(String speaker, LocalDate day, String from, String to) {
    unavailable
        .computeIfAbsent(speaker, s -> new ArrayList<>())
        .add(new DraftInterval(at(day, from), at(day, to)));
    return this;
  }

  DraftProblemBuilder avoids(String speaker, String... blockIds) {
    preferences.put(speaker, new SpeakerPreference(Set.of(), Set.of(blockIds)));
    return this;
  }

  DraftProblemBuilder prefers(String speaker, LocalDate... days) {
    preferences.put(speaker, new SpeakerPreference(Set.of(days), Set.of()));
    return this;
  }

  DraftProblem build() {
    List<DraftDay> dayList = new ArrayList<>();
    days.forEach((day, blocks) -> dayList.add(new DraftDay(day, blocks)));
    return new DraftProblem(dayList, rooms, contributions, unavailable, preferences);
  }
}
