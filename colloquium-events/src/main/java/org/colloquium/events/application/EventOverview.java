package org.colloquium.events.application;

import java.io.Serializable;
import java.util.List;

/** The management dashboard of one event. */
public record EventOverview(EventDetails details, List<MemberView> members)
    implements Serializable {}
