package org.colloquium.programme.domain.draft;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the draft needs, read by the application from the database; nothing here is an entity,
 * so a draft can run in a background job long after the transaction that read it.
 *
 * <p>Speakers' unavailability and preferences are keyed by speaker (lower-case e-mail), not
 * repeated on each contribution, since one speaker's calendar holds for all their talks. The time
 * limit and the progress callback are arguments of {@link AutomaticDraft#solve}, not part of the
 * problem, so that a problem is a plain value (equal problems give equal drafts).
 *
 * @param speakerUnavailable per speaker key, when that speaker cannot speak at all
 * @param speakerPreferences per speaker key, what that speaker would like; absent for none
 */
public record DraftProblem(
    List<DraftDay> days,
    List<DraftRoom> rooms,
    List<DraftContribution> contributions,
    Map<String, List<DraftInterval>> speakerUnavailable,
    Map<String, SpeakerPreference> speakerPreferences) {

  public DraftProblem {
    days = List.copyOf(days);
    rooms = List.copyOf(rooms);
    contributions = List.copyOf(contributions);
    speakerUnavailable =
        speakerUnavailable == null
            ? Map.of()
            : speakerUnavailable.entrySet().stream()
                .collect(
                    Collectors.toUnmodifiableMap(
                        entry -> entry.getKey().toLowerCase(Locale.ROOT),
                        entry -> List.copyOf(entry.getValue()),
                        (a, b) -> concat(a, b)));
    speakerPreferences =
        speakerPreferences == null
            ? Map.of()
            : speakerPreferences.entrySet().stream()
                .collect(
                    Collectors.toUnmodifiableMap(
                        entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    Set<String> blockIds = new HashSet<>();
    for (DraftDay day : days) {
      for (DraftBlock block : day.blocks()) {
        if (!blockIds.add(block.id())) {
          throw new IllegalArgumentException("Block " + block.id() + " is given twice");
        }
      }
    }
    Map<Long, DraftRoom> roomsById =
        rooms.stream()
            .collect(
                Collectors.toMap(
                    DraftRoom::id,
                    Function.identity(),
                    (a, b) -> {
                      throw new IllegalArgumentException("Room " + a.id() + " is given twice");
                    }));
    Set<Long> contributionIds = new HashSet<>();
    for (DraftContribution contribution : contributions) {
      if (!contributionIds.add(contribution.id())) {
        throw new IllegalArgumentException("Contribution " + contribution.id() + " is given twice");
      }
      DraftPlacement pinned = contribution.pinned();
      if (pinned != null
          && (!blockIds.contains(pinned.blockId()) || !roomsById.containsKey(pinned.roomId()))) {
        throw new IllegalArgumentException(
            "Contribution " + contribution.id() + " is pinned to an unknown block or room");
      }
    }
  }

  private static List<DraftInterval> concat(List<DraftInterval> a, List<DraftInterval> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
