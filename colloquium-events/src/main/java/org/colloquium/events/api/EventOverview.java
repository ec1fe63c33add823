package org.colloquium.events.api;

import java.io.Serializable;
import java.util.List;

/**
 * The management dashboard of one event. {@code missing} lists message keys of what the event still
 * lacks before it is worth publishing (a hint, not a rule).
 */
public record EventOverview(EventDetails details, List<MemberView> members, List<String> missing)
    implements Serializable {}
