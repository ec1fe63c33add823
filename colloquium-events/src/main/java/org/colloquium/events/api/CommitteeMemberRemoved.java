package org.colloquium.events.api;

/** An account lost a role on an event. */
public record CommitteeMemberRemoved(Long eventId, Long accountId, EventRole role) {}
