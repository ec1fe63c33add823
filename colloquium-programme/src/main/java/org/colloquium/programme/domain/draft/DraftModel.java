package org.colloquium.programme.domain.draft;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A problem turned into what the solver works on (blocks, rooms, slots and items with their facts
 * computed once), and a solved draft turned back into assignments.
 */
final class DraftModel {

  final DraftProblem problem;
  final List<Block> blocks = new ArrayList<>();
  final List<Room> rooms = new ArrayList<>();
  final List<ItemFacts> facts = new ArrayList<>();
  private final Map<String, Block> blocksById = new HashMap<>();
  private final Map<Long, Room> roomsById = new HashMap<>();

  /** Every block-room pair, offered or not, indexed [block][room]. */
  final Slot[][] grid;

  private DraftModel(DraftProblem problem) {
    this.problem = problem;
    for (DraftDay day : problem.days()) {
      for (DraftBlock source : day.blocks()) {
        Block block = new Block(blocks.size(), source, day.date());
        blocks.add(block);
        blocksById.put(source.id(), block);
      }
    }
    for (DraftRoom source : problem.rooms()) {
      Room room = new Room(rooms.size(), source);
      rooms.add(room);
      roomsById.put(source.id(), room);
    }
    grid = new Slot[blocks.size()][rooms.size()];
    for (Block block : blocks) {
      for (Room room : rooms) {
        grid[block.index][room.index] =
            new Slot(
                block.index * rooms.size() + room.index,
                block,
                room,
                !room.unavailableDuring(block));
      }
    }
    Map<String, List<Integer>> itemsBySpeaker = new HashMap<>();
    List<DraftContribution> contributions = problem.contributions();
    for (int index = 0; index < contributions.size(); index++) {
      for (String speaker : contributions.get(index).speakerKeys()) {
        itemsBySpeaker.computeIfAbsent(speaker, key -> new ArrayList<>()).add(index);
      }
    }
    for (int index = 0; index < contributions.size(); index++) {
      DraftContribution contribution = contributions.get(index);
      BitSet sharing = new BitSet(contributions.size());
      int[] unavailable = new int[blocks.size()];
      int[] misses = new int[blocks.size()];
      for (String speaker : contribution.speakerKeys()) {
        itemsBySpeaker.get(speaker).forEach(sharing::set);
        for (Block block : blocks) {
          if (speakerUnavailable(speaker, block)) {
            unavailable[block.index]++;
          }
          if (preferenceMissed(speaker, block)) {
            misses[block.index]++;
          }
        }
      }
      sharing.clear(index);
      facts.add(new ItemFacts(index, contribution, sharing, unavailable, misses));
    }
  }

  static DraftModel of(DraftProblem problem) {
    return new DraftModel(problem);
  }

  boolean speakerUnavailable(String speaker, Block block) {
    return problem.speakerUnavailable().getOrDefault(speaker, List.of()).stream()
        .anyMatch(interval -> interval.overlaps(block.source.start(), block.source.end()));
  }

  boolean preferenceMissed(String speaker, Block block) {
    SpeakerPreference preference = problem.speakerPreferences().get(speaker);
    return preference != null
        && ((!preference.preferredDays().isEmpty()
                && !preference.preferredDays().contains(block.day))
            || preference.avoidedBlockIds().contains(block.source.id()));
  }

  Slot slot(DraftPlacement placement) {
    Block block = blocksById.get(placement.blockId());
    Room room = roomsById.get(placement.roomId());
    if (block == null || room == null) {
      throw new IllegalArgumentException("Unknown block or room in " + placement);
    }
    return grid[block.index][room.index];
  }

  /**
   * The solver's starting point: pinned contributions in place, and {@code placements} (for
   * checking a given draft) as well. The value range is every slot whose room is available, plus
   * any unavailable one that a contribution is already in.
   */
  DraftSolution solution(Map<Long, DraftPlacement> placements) {
    List<DraftItem> items = new ArrayList<>();
    Set<Slot> used = new HashSet<>();
    for (ItemFacts fact : facts) {
      DraftPlacement pinned = fact.source.pinned();
      DraftPlacement placement = placements.getOrDefault(fact.source.id(), pinned);
      Slot slot = placement == null ? null : slot(placement);
      if (slot != null) {
        used.add(slot);
      }
      items.add(new DraftItem(fact, pinned != null, slot));
    }
    List<Slot> offered = new ArrayList<>();
    for (Slot[] row : grid) {
      for (Slot slot : row) {
        if (slot.available || used.contains(slot)) {
          offered.add(slot);
        }
      }
    }
    return new DraftSolution(offered, items);
  }

  /** Contributions of one session in the order they run: by track, then by id. */
  static final Comparator<DraftItem> RUNNING_ORDER =
      Comparator.comparing(DraftItem::trackId, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(DraftItem::id);

  static Map<Slot, List<DraftItem>> sessions(DraftSolution solution) {
    Map<Slot, List<DraftItem>> sessions = new LinkedHashMap<>();
    for (DraftItem item : solution.items()) {
      if (item.slot() != null) {
        sessions.computeIfAbsent(item.slot(), slot -> new ArrayList<>()).add(item);
      }
    }
    sessions.values().forEach(items -> items.sort(RUNNING_ORDER));
    return sessions;
  }

  List<DraftAssignment> assignments(DraftSolution solution) {
    Map<Long, DraftAssignment> byId = new HashMap<>();
    sessions(solution)
        .forEach(
            (slot, items) -> {
              Instant start = slot.block.source.start();
              for (DraftItem item : items) {
                Instant end = start.plus(item.duration(), ChronoUnit.MINUTES);
                byId.put(item.id(), new DraftAssignment(item.id(), slot.placement(), start, end));
                start = end;
              }
            });
    return problem.contributions().stream()
        .map(
            contribution ->
                byId.getOrDefault(
                    contribution.id(), new DraftAssignment(contribution.id(), null, null, null)))
        .toList();
  }
}
