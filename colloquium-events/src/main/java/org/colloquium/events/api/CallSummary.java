package org.colloquium.events.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.kernel.i18n.Language;

/** A call for papers as the home page and the event page announce it. */
public record CallSummary(
    String eventSlug,
    String eventTitle,
    Instant opensAt,
    Instant deadline,
    ZoneId zone,
    String eligibility,
    boolean open,
    Language language)
    implements Serializable {}
