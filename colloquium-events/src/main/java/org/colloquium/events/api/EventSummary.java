package org.colloquium.events.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.kernel.i18n.Language;

/**
 * An event as lists show it. {@code title} and {@code subtitle} are in the visitor's language where
 * the organisers translated them; {@code language} says which language they are in, for {@code
 * lang}. {@code series} and {@code edition} may be null.
 */
public record EventSummary(
    String slug,
    String title,
    String subtitle,
    Instant start,
    Instant end,
    ZoneId zone,
    String venueName,
    AttendanceMode attendance,
    EventStatus status,
    Language language,
    String series,
    Integer edition)
    implements Serializable {}
