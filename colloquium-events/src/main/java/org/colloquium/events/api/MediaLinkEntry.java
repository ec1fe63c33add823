package org.colloquium.events.api;

import java.io.Serializable;

/** A media link on the organisers' page. */
public record MediaLinkEntry(Long id, MediaLinkView link) implements Serializable {}
