package org.colloquium.events.api;

import java.io.Serializable;

/** A presentation type as the public sees it; {@code durationMinutes} is null for none. */
public record PresentationTypeView(String name, Integer durationMinutes) implements Serializable {}
