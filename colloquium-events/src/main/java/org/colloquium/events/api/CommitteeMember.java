package org.colloquium.events.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One role of one person in an event's committee, as the committee page lists it.
 *
 * @param removable false for the last organiser, who cannot be removed
 */
public record CommitteeMember(
    Long id, String fullName, String email, EventRole role, Instant since, boolean removable)
    implements Serializable {}
