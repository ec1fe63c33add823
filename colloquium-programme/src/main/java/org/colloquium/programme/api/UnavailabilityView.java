package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A time when a speaker (named) or a room cannot be used.
 *
 * @param bySubmission the number of the submission whose authors entered it on its page; null when
 *     the organisers did
 */
public record UnavailabilityView(
    Long id,
    String who,
    String speakerEmail,
    Long roomId,
    Instant start,
    Instant end,
    String note,
    Integer bySubmission)
    implements Serializable {}
