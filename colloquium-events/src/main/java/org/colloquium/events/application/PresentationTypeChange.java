package org.colloquium.events.application;

/** A presentation type as the organiser entered it. */
public record PresentationTypeChange(String name, Integer durationMinutes) {}
