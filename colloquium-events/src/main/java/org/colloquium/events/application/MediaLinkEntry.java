package org.colloquium.events.application;

import java.io.Serializable;

/** A media link on the organisers' page. */
public record MediaLinkEntry(Long id, MediaLinkView link) implements Serializable {}
