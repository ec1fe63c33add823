package org.colloquium.events.api;

/** A presentation type as the organiser entered it. */
public record PresentationTypeChange(String name, Integer durationMinutes) {}
