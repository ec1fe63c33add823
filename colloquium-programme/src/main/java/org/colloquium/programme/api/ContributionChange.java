package org.colloquium.programme.api;

import java.io.Serializable;

/** What organisers change of a contribution apart from where it is. */
public record ContributionChange(Integer minutes, String board, boolean pinned)
    implements Serializable {}
