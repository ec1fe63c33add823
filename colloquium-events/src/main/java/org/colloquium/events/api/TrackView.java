package org.colloquium.events.api;

import java.io.Serializable;
import java.util.List;

/** A track as the public sees it, with the names of its chairs. */
public record TrackView(String name, String description, List<String> chairs)
    implements Serializable {}
