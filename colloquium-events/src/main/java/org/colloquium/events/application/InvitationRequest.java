package org.colloquium.events.application;

import org.colloquium.events.domain.EventRole;

/** What an organiser types into the invitation form, unchecked. */
public record InvitationRequest(String email, EventRole role, String message) {}
