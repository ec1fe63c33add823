package org.colloquium.programme.domain.draft;

import java.util.List;
import java.util.Objects;

/**
 * One remaining violation of a draft, with what it concerns. {@code message} is plain English for
 * logs and for a programmer; what organisers read is the application's translation of {@code kind}
 * with these ids and figures.
 *
 * @param contributionIds the contributions concerned, in ascending order of id
 * @param blockId the block concerned; null when the warning is not about one block
 * @param roomIds the rooms concerned, possibly none
 * @param trackId the track concerned; null when none
 * @param speakerKeys the speakers concerned, possibly none
 * @param amount a figure whose meaning depends on the kind (see {@link DraftWarningKind})
 * @param limit the figure it is held against (see {@link DraftWarningKind})
 */
public record DraftWarning(
    DraftWarningKind kind,
    List<Long> contributionIds,
    String blockId,
    List<Long> roomIds,
    Long trackId,
    List<String> speakerKeys,
    int amount,
    int limit,
    String message) {

  public DraftWarning {
    Objects.requireNonNull(kind, "kind");
    contributionIds = contributionIds.stream().sorted().toList();
    roomIds = List.copyOf(roomIds);
    speakerKeys = List.copyOf(speakerKeys);
    Objects.requireNonNull(message, "message");
  }
}
