package org.colloquium.reviews.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One comment as its reader may see it.
 *
 * @param author the writer's name, or "B" for a reviewer whose name the phase hides
 * @param named whether {@code author} is a name (else a reviewer's letter)
 */
public record CommentView(
    String author, boolean named, boolean organiser, boolean mine, String body, Instant at)
    implements Serializable {}
