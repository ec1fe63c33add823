package org.colloquium.events.application;

import java.io.Serializable;
import org.colloquium.events.domain.MediaKind;

/** A media link as the public page lists it. */
public record MediaLinkView(String title, String url, MediaKind kind) implements Serializable {}
