package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A contribution in the organisers' editor, with what its submission says now.
 *
 * @param speakers the presenting authors' names, comma-separated
 * @param start null while in no session
 * @param stars how many signed-in visitors starred it on the published programme
 */
public record ContributionView(
    Long id,
    int submissionNumber,
    String title,
    String speakers,
    Long trackId,
    String trackName,
    String typeName,
    String language,
    int minutes,
    boolean poster,
    String board,
    boolean pinned,
    Long sessionId,
    int position,
    Instant start,
    Instant end,
    int stars)
    implements Serializable {}
