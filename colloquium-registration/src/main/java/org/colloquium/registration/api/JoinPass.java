package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What a personal join link opens, handed only to the link's holder: the event, and its own stream
 * or meeting link when the organisers gave one (a room of the programme that is live comes first).
 *
 * @param eventStreamUrl null when the event has none
 */
public record JoinPass(
    String eventSlug,
    String eventTitle,
    Instant start,
    Instant end,
    ZoneId zone,
    String eventStreamUrl)
    implements Serializable {}
