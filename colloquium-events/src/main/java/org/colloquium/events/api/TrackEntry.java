package org.colloquium.events.api;

import java.io.Serializable;
import java.util.List;

/** A track on the organisers' page, with what editing it needs (id, version, chair ids). */
public record TrackEntry(
    Long id,
    int version,
    String name,
    String description,
    List<Long> chairIds,
    List<String> chairNames)
    implements Serializable {}
