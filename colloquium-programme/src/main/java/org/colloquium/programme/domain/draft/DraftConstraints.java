package org.colloquium.programme.domain.draft;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import java.util.Objects;

/**
 * The rules and wishes of a programme. Each constraint is named after its {@link DraftWarningKind},
 * so that a match becomes a warning of that kind.
 *
 * <p>Soft weights say how many points an unmet wish costs, relative to the others: a keynote with
 * something beside it is the worst (the whole audience is meant to be there), then a speaker's
 * unmet preference (a person asked for it), then a track spread over rooms (people walk between
 * rooms), a track against itself and a session of mixed languages (people must choose, or cannot
 * follow), a session of mixed tracks, and last a larger audience in the smaller room of two
 * parallel sessions (a nudge: rooms that are too small are already a hard rule).
 *
 * <p>Public, with a public constructor, only because the solver instantiates it by reflection; it
 * is no API of this package.
 */
public final class DraftConstraints implements ConstraintProvider {

  static final int KEYNOTE_NOT_ALONE_WEIGHT = 100;
  static final int SPEAKER_PREFERENCE_WEIGHT = 30;
  static final int TRACK_ROOM_WEIGHT = 20;
  static final int TRACK_PARALLEL_WEIGHT = 10;
  static final int MIXED_LANGUAGES_WEIGHT = 10;
  static final int MIXED_TRACKS_WEIGHT = 5;
  static final int AUDIENCE_ORDER_WEIGHT = 1;

  /** The medium constraint's name; its warnings' kinds depend on why the item stayed out. */
  static final String UNPLACED = "UNPLACED";

  public DraftConstraints() {}

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      speakerDoubleBooked(factory),
      speakerUnavailable(factory),
      roomUnavailable(factory),
      blockOverrun(factory),
      roomTooSmall(factory),
      unplaced(factory),
      trackInSeveralRooms(factory),
      trackInParallel(factory),
      keynoteNotAlone(factory),
      speakerPreferenceUnmet(factory),
      mixedLanguages(factory),
      mixedTracks(factory),
      largerAudienceInSmallerRoom(factory)
    };
  }

  /** Two sessions of one slot run one after the other, so only different slots can clash. */
  Constraint speakerDoubleBooked(ConstraintFactory factory) {
    return factory
        .forEachUniquePair(
            DraftItem.class,
            Joiners.overlapping(DraftItem::startMinute, DraftItem::endMinute),
            Joiners.filtering((a, b) -> a.slot() != b.slot() && a.sharesSpeakerWith(b)))
        .penalize(HardMediumSoftScore.ONE_HARD)
        .justifyWith((a, b, score) -> DraftMatch.of(a, b))
        .asConstraint(DraftWarningKind.SPEAKER_DOUBLE_BOOKED.name());
  }

  Constraint speakerUnavailable(ConstraintFactory factory) {
    return factory
        .forEach(DraftItem.class)
        .filter(item -> item.unavailableSpeakers() > 0)
        .penalize(HardMediumSoftScore.ONE_HARD, DraftItem::unavailableSpeakers)
        .justifyWith((item, score) -> DraftMatch.of(item))
        .asConstraint(DraftWarningKind.SPEAKER_UNAVAILABLE.name());
  }

  Constraint roomUnavailable(ConstraintFactory factory) {
    return factory
        .forEach(DraftItem.class)
        .filter(item -> !item.slot().available)
        .penalize(HardMediumSoftScore.ONE_HARD)
        .justifyWith((item, score) -> DraftMatch.of(item))
        .asConstraint(DraftWarningKind.ROOM_UNAVAILABLE.name());
  }

  /** Weighted by the minutes over, so that the search sees a session getting closer to fitting. */
  Constraint blockOverrun(ConstraintFactory factory) {
    return factory
        .forEach(DraftItem.class)
        .groupBy(DraftItem::slot, sum(DraftItem::duration))
        .filter((slot, minutes) -> minutes > slot.block.lengthMinutes())
        .penalize(
            HardMediumSoftScore.ONE_HARD, (slot, minutes) -> minutes - slot.block.lengthMinutes())
        .justifyWith((slot, minutes, score) -> DraftMatch.ofSlot(slot, minutes))
        .asConstraint(DraftWarningKind.BLOCK_OVERRUN.name());
  }

  Constraint roomTooSmall(ConstraintFactory factory) {
    return factory
        .forEach(DraftItem.class)
        .filter(item -> !item.room().holds(item.audience()))
        .penalize(
            HardMediumSoftScore.ONE_HARD, item -> item.audience() - item.room().source.capacity())
        .justifyWith((item, score) -> DraftMatch.of(item))
        .asConstraint(DraftWarningKind.ROOM_TOO_SMALL.name());
  }

  Constraint unplaced(ConstraintFactory factory) {
    return factory
        .forEachIncludingUnassigned(DraftItem.class)
        .filter(item -> item.slot() == null)
        .penalize(HardMediumSoftScore.ONE_MEDIUM)
        .justifyWith((item, score) -> DraftMatch.of(item))
        .asConstraint(UNPLACED);
  }

  /**
   * Counts rooms per track rather than pairs of a track's contributions in different rooms: pairs
   * grow with the square of a track's size (60 contributions make 1,770 pairs), a group does not.
   */
  Constraint trackInSeveralRooms(ConstraintFactory factory) {
    return factory
        .forEach(DraftItem.class)
        .filter(item -> item.trackId() != null)
        .groupBy(DraftItem::trackId, countDistinct(DraftItem::room))
        .filter((track, rooms) -> rooms > 1)
        .penalize(HardMediumSoftScore.ofSoft(TRACK_ROOM_WEIGHT), (track, rooms) -> rooms - 1)
        .justifyWith((track, rooms, score) -> DraftMatch.ofTrack(track, rooms))
        .asConstraint(DraftWarningKind.TRACK_IN_SEVERAL_ROOMS.name());
  }

  Constraint trackInParallel(ConstraintFactory factory) {
    return factory
        .forEachUniquePair(
            DraftItem.class,
            Joiners.equal(DraftItem::trackId),
            Joiners.overlapping(DraftItem::startMinute, DraftItem::endMinute),
            Joiners.filtering((a, b) -> a.trackId() != null && a.room() != b.room()))
        .penalize(HardMediumSoftScore.ofSoft(TRACK_PARALLEL_WEIGHT))
        .justifyWith((a, b, score) -> DraftMatch.of(a, b))
        .asConstraint(DraftWarningKind.TRACK_IN_PARALLEL.name());
  }

  /** Two keynotes side by side are one match, not two. */
  Constraint keynoteNotAlone(ConstraintFactory factory) {
    return factory
        .forEach(DraftItem.class)
        .filter(DraftItem::keynote)
        .join(
            DraftItem.class,
            Joiners.overlapping(
                DraftItem::startMinute,
                DraftItem::endMinute,
                DraftItem::startMinute,
                DraftItem::endMinute),
            Joiners.filtering(
                (keynote, other) ->
                    keynote != other && !(other.keynote() && other.id() < keynote.id())))
        .penalize(HardMediumSoftScore.ofSoft(KEYNOTE_NOT_ALONE_WEIGHT))
        .justifyWith((keynote, other, score) -> DraftMatch.of(keynote, other))
        .asConstraint(DraftWarningKind.KEYNOTE_NOT_ALONE.name());
  }

  Constraint speakerPreferenceUnmet(ConstraintFactory factory) {
    return factory
        .forEach(DraftItem.class)
        .filter(item -> item.preferenceMisses() > 0)
        .penalize(
            HardMediumSoftScore.ofSoft(SPEAKER_PREFERENCE_WEIGHT), DraftItem::preferenceMisses)
        .justifyWith((item, score) -> DraftMatch.of(item))
        .asConstraint(DraftWarningKind.SPEAKER_PREFERENCE_UNMET.name());
  }

  Constraint mixedLanguages(ConstraintFactory factory) {
    return factory
        .forEach(DraftItem.class)
        .filter(item -> item.language() != null)
        .groupBy(DraftItem::slot, countDistinct(DraftItem::language))
        .filter((slot, languages) -> languages > 1)
        .penalize(
            HardMediumSoftScore.ofSoft(MIXED_LANGUAGES_WEIGHT), (slot, languages) -> languages - 1)
        .justifyWith((slot, languages, score) -> DraftMatch.ofSlot(slot, languages))
        .asConstraint(DraftWarningKind.MIXED_LANGUAGES.name());
  }

  /** Contributions without a track mix with any track: they fill a session's gaps. */
  Constraint mixedTracks(ConstraintFactory factory) {
    return factory
        .forEach(DraftItem.class)
        .filter(item -> item.trackId() != null)
        .groupBy(DraftItem::slot, countDistinct(DraftItem::trackId))
        .filter((slot, tracks) -> tracks > 1)
        .penalize(HardMediumSoftScore.ofSoft(MIXED_TRACKS_WEIGHT), (slot, tracks) -> tracks - 1)
        .justifyWith((slot, tracks, score) -> DraftMatch.ofSlot(slot, tracks))
        .asConstraint(DraftWarningKind.MIXED_TRACKS.name());
  }

  /** An audience of 0 means not known, and is compared with nothing. */
  Constraint largerAudienceInSmallerRoom(ConstraintFactory factory) {
    return factory
        .forEachUniquePair(
            DraftItem.class,
            Joiners.overlapping(DraftItem::startMinute, DraftItem::endMinute),
            Joiners.filtering(DraftConstraints::inverted))
        .penalize(HardMediumSoftScore.ofSoft(AUDIENCE_ORDER_WEIGHT))
        .justifyWith((a, b, score) -> DraftMatch.of(a, b))
        .asConstraint(DraftWarningKind.LARGER_AUDIENCE_IN_SMALLER_ROOM.name());
  }

  static boolean inverted(DraftItem a, DraftItem b) {
    if (a.audience() == 0 || b.audience() == 0 || Objects.equals(a.room(), b.room())) {
      return false;
    }
    int byAudience = Integer.compare(a.audience(), b.audience());
    int bySeats = Integer.compare(a.room().seats(), b.room().seats());
    return byAudience * bySeats < 0;
  }
}
