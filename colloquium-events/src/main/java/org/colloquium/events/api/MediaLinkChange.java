package org.colloquium.events.api;

/** A media link as the organiser entered it. */
public record MediaLinkChange(String title, String url, MediaKind kind) {}
