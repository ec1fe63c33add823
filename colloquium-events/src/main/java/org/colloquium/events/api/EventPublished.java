package org.colloquium.events.api;

/** An event was published: the public sees it from now on. */
public record EventPublished(Long eventId, String slug) {}
