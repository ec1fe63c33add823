package org.colloquium.events.api;

/** What an organiser types into the invitation form, unchecked. */
public record InvitationRequest(String email, EventRole role, String message) {}
