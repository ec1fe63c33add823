package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.Instant;

/** A time when a speaker (named) or a room cannot be used. */
public record UnavailabilityView(
    Long id, String who, String speakerEmail, Long roomId, Instant start, Instant end, String note)
    implements Serializable {}
