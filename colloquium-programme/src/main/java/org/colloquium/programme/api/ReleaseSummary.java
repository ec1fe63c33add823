package org.colloquium.programme.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One published release of a programme, as the list of releases and their Atom feed show it.
 *
 * @param changelog what changed since the previous release (plain text, one change per line); empty
 *     for the first
 */
public record ReleaseSummary(int version, Instant publishedAt, String changelog)
    implements Serializable {}
