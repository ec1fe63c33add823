package org.colloquium.events.api;

import java.io.Serializable;

/** A track or presentation type an author can choose on the form. */
public record Choice(Long id, String name) implements Serializable {}
