package org.colloquium.events.api;

import java.io.Serializable;

/**
 * An event as its edit form starts: the current values, the version the form must send back (a save
 * against an older version is refused as a conflict), and whether the slug may still change.
 */
public record EventEditable(
    EventInput values, int version, EventStatus status, boolean slugChangeable)
    implements Serializable {}
