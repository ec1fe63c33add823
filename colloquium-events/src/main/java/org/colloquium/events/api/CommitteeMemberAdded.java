package org.colloquium.events.api;

/** An account got a role on an event (an accepted invitation, or the creator of an event). */
public record CommitteeMemberAdded(Long eventId, Long accountId, EventRole role) {}
