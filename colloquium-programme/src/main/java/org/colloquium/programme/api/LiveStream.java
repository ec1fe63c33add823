package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A room whose stream or meeting is live: a session of the published programme runs in it (or is
 * about to). Carries the room's link, so it is handed only to those registration admits.
 *
 * @param session the session's title in the event's language
 */
public record LiveStream(String room, String session, Instant start, Instant end, String url)
    implements Serializable {}
