package org.colloquium.programme.domain.draft;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A contribution to place.
 *
 * @param durationMinutes how long it runs; the contributions of one session run one after another
 * @param trackId null for none; a contribution without a track may join any track's session
 * @param language its language code ("en"); null when not known (then it mixes with nothing)
 * @param speakerKeys who presents it, as lower-case e-mail addresses (normalised here)
 * @param expectedAudience how many are expected to come; 0 when not known
 * @param pinned where it must stay; null to let the draft choose
 */
public record DraftContribution(
    long id,
    int durationMinutes,
    Long trackId,
    String language,
    List<String> speakerKeys,
    int expectedAudience,
    ContributionKind kind,
    DraftPlacement pinned) {

  public DraftContribution {
    speakerKeys =
        speakerKeys == null
            ? List.of()
            : speakerKeys.stream().map(key -> key.toLowerCase(Locale.ROOT)).distinct().toList();
    kind = Objects.requireNonNullElse(kind, ContributionKind.TALK);
    if (durationMinutes <= 0) {
      throw new IllegalArgumentException("Contribution " + id + " must last at least a minute");
    }
    if (expectedAudience < 0) {
      throw new IllegalArgumentException("Contribution " + id + " has a negative audience");
    }
  }

  /** A talk placed by the draft. */
  public static DraftContribution talk(
      long id,
      int durationMinutes,
      Long trackId,
      String language,
      List<String> speakerKeys,
      int expectedAudience) {
    return new DraftContribution(
        id,
        durationMinutes,
        trackId,
        language,
        speakerKeys,
        expectedAudience,
        ContributionKind.TALK,
        null);
  }

  public DraftContribution pinnedTo(DraftPlacement placement) {
    return new DraftContribution(
        id, durationMinutes, trackId, language, speakerKeys, expectedAudience, kind, placement);
  }

  public DraftContribution asKeynote() {
    return new DraftContribution(
        id,
        durationMinutes,
        trackId,
        language,
        speakerKeys,
        expectedAudience,
        ContributionKind.KEYNOTE,
        pinned);
  }
}
