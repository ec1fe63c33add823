package org.colloquium.programme.domain.draft;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Turns the solver's score analysis into warnings, one per constraint match. Grouped matches (a
 * slot, a track) carry no items, so the whole draft is at hand to list them; an unplaced
 * contribution is checked against every block and room to say why it stayed out.
 */
final class DraftExplanation {

  private final DraftModel model;
  private final DraftSolution solution;
  private final Map<Slot, List<DraftItem>> sessions;

  DraftExplanation(DraftModel model, DraftSolution solution) {
    this.model = model;
    this.solution = solution;
    this.sessions = DraftModel.sessions(solution);
  }

  List<DraftWarning> warnings(ScoreAnalysis<HardMediumSoftScore> analysis) {
    List<DraftWarning> warnings = new ArrayList<>();
    for (ConstraintAnalysis<HardMediumSoftScore> constraint : analysis.constraintAnalyses()) {
      List<MatchAnalysis<HardMediumSoftScore>> matches = constraint.matches();
      if (matches == null) {
        continue;
      }
      String name = constraint.constraintName();
      for (MatchAnalysis<HardMediumSoftScore> match : matches) {
        DraftMatch justification = (DraftMatch) match.justification();
        warnings.add(
            name.equals(DraftConstraints.UNPLACED)
                ? unplaced(justification.items().get(0))
                : warning(DraftWarningKind.valueOf(name), justification));
      }
    }
    warnings.sort(
        Comparator.comparing(DraftWarning::kind)
            .thenComparing(warning -> warning.contributionIds().isEmpty())
            .thenComparing(
                warning ->
                    warning.contributionIds().isEmpty() ? 0L : warning.contributionIds().get(0))
            .thenComparing(warning -> Objects.toString(warning.blockId(), "")));
    return warnings;
  }

  private DraftWarning warning(DraftWarningKind kind, DraftMatch match) {
    List<DraftItem> items = match.items();
    DraftItem first = items.isEmpty() ? null : items.get(0);
    DraftItem second = items.size() < 2 ? null : items.get(1);
    return switch (kind) {
      case SPEAKER_DOUBLE_BOOKED -> {
        List<String> shared =
            first.source().speakerKeys().stream()
                .filter(second.source().speakerKeys()::contains)
                .toList();
        yield new DraftWarning(
            kind,
            ids(items),
            first.block().source.id(),
            roomIds(first, second),
            null,
            shared,
            0,
            0,
            "Contributions %d (%s) and %d (%s) share speaker %s and run at the same time"
                .formatted(
                    first.id(),
                    first.slot(),
                    second.id(),
                    second.slot(),
                    String.join(", ", shared)));
      }
      case SPEAKER_UNAVAILABLE -> {
        List<String> speakers =
            first.source().speakerKeys().stream()
                .filter(speaker -> model.speakerUnavailable(speaker, first.block()))
                .toList();
        yield itemWarning(
            kind,
            first,
            speakers,
            0,
            0,
            "Contribution %d is in block %s, when %s cannot speak"
                .formatted(first.id(), first.block(), String.join(", ", speakers)));
      }
      case ROOM_UNAVAILABLE ->
          itemWarning(
              kind,
              first,
              List.of(),
              0,
              0,
              "Contribution %d is in room %s during block %s, when the room cannot be used"
                  .formatted(first.id(), first.room(), first.block()));
      case ROOM_TOO_SMALL ->
          itemWarning(
              kind,
              first,
              List.of(),
              first.audience(),
              first.room().source.capacity(),
              "Contribution %d expects %d people, room %s holds %d"
                  .formatted(
                      first.id(), first.audience(), first.room(), first.room().source.capacity()));
      case BLOCK_OVERRUN ->
          slotWarning(
              kind,
              match.slot(),
              match.figure(),
              match.slot().block.lengthMinutes(),
              "The session in %s needs %d minutes, its block has %d"
                  .formatted(match.slot(), match.figure(), match.slot().block.lengthMinutes()));
      case TRACK_IN_SEVERAL_ROOMS -> {
        List<DraftItem> ofTrack =
            solution.items().stream()
                .filter(item -> item.slot() != null && match.trackId().equals(item.trackId()))
                .toList();
        List<Long> rooms =
            ofTrack.stream()
                .map(DraftItem::room)
                .distinct()
                .sorted(Comparator.comparingInt(room -> room.index))
                .map(room -> room.source.id())
                .toList();
        yield new DraftWarning(
            kind,
            ids(ofTrack),
            null,
            rooms,
            match.trackId(),
            List.of(),
            match.figure(),
            0,
            "Track %d is spread over %d rooms".formatted(match.trackId(), match.figure()));
      }
      case TRACK_IN_PARALLEL ->
          new DraftWarning(
              kind,
              ids(items),
              first.block().source.id(),
              roomIds(first, second),
              first.trackId(),
              List.of(),
              0,
              0,
              "Contributions %d (%s) and %d (%s) of track %d run at the same time"
                  .formatted(
                      first.id(), first.slot(), second.id(), second.slot(), first.trackId()));
      case KEYNOTE_NOT_ALONE ->
          new DraftWarning(
              kind,
              ids(items),
              first.block().source.id(),
              roomIds(first, second),
              null,
              List.of(),
              0,
              0,
              "Contribution %d (%s) runs beside keynote %d (%s)"
                  .formatted(second.id(), second.slot(), first.id(), first.slot()));
      case SPEAKER_PREFERENCE_UNMET -> {
        List<String> speakers =
            first.source().speakerKeys().stream()
                .filter(speaker -> model.preferenceMissed(speaker, first.block()))
                .toList();
        yield itemWarning(
            kind,
            first,
            speakers,
            0,
            0,
            "Contribution %d is in block %s, which %s would rather avoid"
                .formatted(first.id(), first.block(), String.join(", ", speakers)));
      }
      case MIXED_LANGUAGES ->
          slotWarning(
              kind,
              match.slot(),
              match.figure(),
              0,
              "The session in %s mixes %d languages".formatted(match.slot(), match.figure()));
      case MIXED_TRACKS ->
          slotWarning(
              kind,
              match.slot(),
              match.figure(),
              0,
              "The session in %s mixes %d tracks".formatted(match.slot(), match.figure()));
      case LARGER_AUDIENCE_IN_SMALLER_ROOM -> {
        DraftItem larger = first.audience() > second.audience() ? first : second;
        DraftItem smaller = larger == first ? second : first;
        yield new DraftWarning(
            kind,
            ids(items),
            larger.block().source.id(),
            roomIds(larger, smaller),
            null,
            List.of(),
            larger.audience(),
            smaller.audience(),
            "Contribution %d (%d expected) is in %s, smaller than %s of contribution %d (%d)"
                .formatted(
                    larger.id(),
                    larger.audience(),
                    larger.room(),
                    smaller.room(),
                    smaller.id(),
                    smaller.audience()));
      }
      default -> throw new IllegalStateException("No warning for " + kind);
    };
  }

  /**
   * Why a contribution stayed out: first what no block or room could ever offer it, then whether
   * the places that would suit it are taken.
   */
  private DraftWarning unplaced(DraftItem item) {
    ItemFacts facts = item.facts();
    int duration = item.duration();
    int audience = item.audience();
    boolean allTooShort = true;
    boolean allTooSmall = true;
    int suitable = 0;
    int free = 0;
    int suitableButSpeakersOut = 0;
    for (Slot[] row : model.grid) {
      for (Slot slot : row) {
        boolean tooShort = duration > slot.block.lengthMinutes();
        boolean tooSmall = !slot.room.holds(audience);
        boolean speakersOut = facts.unavailableSpeakers[slot.block.index] > 0;
        allTooShort &= tooShort;
        allTooSmall &= tooSmall;
        if (!tooShort && !tooSmall && slot.available) {
          if (speakersOut) {
            suitableButSpeakersOut++;
          } else {
            suitable++;
            if (freeFor(item, slot)) {
              free++;
            }
          }
        }
      }
    }
    long id = item.id();
    if (model.grid.length == 0 || model.rooms.isEmpty()) {
      return unplacedWarning(
          DraftWarningKind.UNPLACED_NO_SUITABLE_SLOT,
          item,
          List.of(),
          0,
          0,
          "Contribution %d is not placed: there are no blocks or no rooms".formatted(id));
    }
    if (allTooShort) {
      int longest = model.blocks.stream().mapToInt(Block::lengthMinutes).max().orElse(0);
      return unplacedWarning(
          DraftWarningKind.UNPLACED_TOO_LONG,
          item,
          List.of(),
          duration,
          longest,
          "Contribution %d is not placed: it lasts %d minutes, the longest block %d"
              .formatted(id, duration, longest));
    }
    if (allTooSmall) {
      int largest = model.rooms.stream().mapToInt(Room::seats).max().orElse(0);
      return unplacedWarning(
          DraftWarningKind.UNPLACED_ROOMS_TOO_SMALL,
          item,
          List.of(),
          audience,
          largest,
          "Contribution %d is not placed: %d people are expected, the largest room holds %d"
              .formatted(id, audience, largest));
    }
    if (suitable == 0 && suitableButSpeakersOut > 0) {
      List<String> speakers =
          item.source().speakerKeys().stream()
              .filter(
                  speaker ->
                      model.blocks.stream().anyMatch(b -> model.speakerUnavailable(speaker, b)))
              .toList();
      return unplacedWarning(
          DraftWarningKind.UNPLACED_SPEAKERS_UNAVAILABLE,
          item,
          speakers,
          0,
          0,
          "Contribution %d is not placed: %s cannot speak in any block where it would fit"
              .formatted(id, String.join(", ", speakers)));
    }
    if (suitable == 0) {
      return unplacedWarning(
          DraftWarningKind.UNPLACED_NO_SUITABLE_SLOT,
          item,
          List.of(),
          0,
          0,
          ("Contribution %d is not placed: every block and room is too short, too small or"
                  + " unavailable for it")
              .formatted(id));
    }
    if (free > 0) {
      return unplacedWarning(
          DraftWarningKind.UNPLACED_WOULD_FIT,
          item,
          List.of(),
          free,
          0,
          ("Contribution %d is not placed, yet it would fit in %d block-room pairs as the draft"
                  + " stands: the draft stopped before placing it")
              .formatted(id, free));
    }
    return unplacedWarning(
        DraftWarningKind.UNPLACED_NO_FREE_SLOT,
        item,
        List.of(),
        suitable,
        0,
        ("Contribution %d is not placed: it would fit in %d block-room pairs, but they are full"
                + " or its speakers speak elsewhere then")
            .formatted(id, suitable));
  }

  /** Whether the slot has the minutes left and none of the item's speakers is elsewhere then. */
  private boolean freeFor(DraftItem item, Slot slot) {
    List<DraftItem> session = sessions.getOrDefault(slot, List.of());
    int used = session.stream().mapToInt(DraftItem::duration).sum();
    if (used + item.duration() > slot.block.lengthMinutes()) {
      return false;
    }
    return sessions.entrySet().stream()
        .filter(entry -> entry.getKey() != slot && entry.getKey().block.overlaps(slot.block))
        .flatMap(entry -> entry.getValue().stream())
        .noneMatch(item::sharesSpeakerWith);
  }

  private DraftWarning itemWarning(
      DraftWarningKind kind,
      DraftItem item,
      List<String> speakers,
      int amount,
      int limit,
      String message) {
    return new DraftWarning(
        kind,
        List.of(item.id()),
        item.block().source.id(),
        List.of(item.room().source.id()),
        item.trackId(),
        speakers,
        amount,
        limit,
        message);
  }

  private static DraftWarning unplacedWarning(
      DraftWarningKind kind,
      DraftItem item,
      List<String> speakers,
      int amount,
      int limit,
      String message) {
    return new DraftWarning(
        kind,
        List.of(item.id()),
        null,
        List.of(),
        item.trackId(),
        speakers,
        amount,
        limit,
        message);
  }

  private DraftWarning slotWarning(
      DraftWarningKind kind, Slot slot, int amount, int limit, String message) {
    return new DraftWarning(
        kind,
        ids(sessions.getOrDefault(slot, List.of())),
        slot.block.source.id(),
        List.of(slot.room.source.id()),
        null,
        List.of(),
        amount,
        limit,
        message);
  }

  private static List<Long> ids(List<DraftItem> items) {
    return items.stream().map(DraftItem::id).toList();
  }

  private static List<Long> roomIds(DraftItem first, DraftItem second) {
    return Stream.of(first, second).map(item -> item.room().source.id()).distinct().toList();
  }
}
