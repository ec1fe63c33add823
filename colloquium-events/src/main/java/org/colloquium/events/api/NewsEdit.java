package org.colloquium.events.api;

import java.io.Serializable;
import java.time.ZoneId;

/** A news item as the edit form starts with it, with the version the save must match. */
public record NewsEdit(String slug, int version, NewsState state, NewsDraft draft, ZoneId zone)
    implements Serializable {}
