package org.colloquium.programme.api;

import java.io.Serializable;

/** A track of the event, in the order the event lists them. */
public record ProgrammeTrack(Long id, String name) implements Serializable {}
