package org.colloquium.events.application;

import org.colloquium.events.domain.MediaKind;

/** A media link as the organiser entered it. */
public record MediaLinkChange(String title, String url, MediaKind kind) {}
