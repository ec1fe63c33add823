package org.colloquium.events.api;

import java.io.Serializable;

/** A presentation type on the organisers' page. */
public record PresentationTypeEntry(Long id, int version, String name, Integer durationMinutes)
    implements Serializable {}
