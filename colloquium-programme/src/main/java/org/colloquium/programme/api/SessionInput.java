package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A session as the organisers' form sends it, before checking: the day and times are wall-clock
 * times in the event's zone.
 *
 * @param roomId null for a break that happens everywhere
 * @param chairs one chair per line, "Name" or "Name &lt;address&gt;"
 */
public record SessionInput(
    SessionKind kind,
    String title,
    String titleSecond,
    String description,
    Long roomId,
    LocalDate day,
    LocalTime start,
    LocalTime end,
    Long trackId,
    String language,
    Integer audience,
    boolean pinned,
    String chairs)
    implements Serializable {}
