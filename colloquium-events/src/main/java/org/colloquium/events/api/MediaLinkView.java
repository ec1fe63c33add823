package org.colloquium.events.api;

import java.io.Serializable;

/** A media link as the public page lists it. */
public record MediaLinkView(String title, String url, MediaKind kind) implements Serializable {}
