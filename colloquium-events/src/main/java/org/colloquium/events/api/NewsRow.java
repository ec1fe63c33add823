package org.colloquium.events.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import org.colloquium.kernel.i18n.Language;

/** A news item in its managers' list: its state now and, if any, its publication time. */
public record NewsRow(
    String slug,
    String title,
    Language language,
    NewsState state,
    Instant publishAt,
    boolean translated,
    ZoneId zone)
    implements Serializable {}
