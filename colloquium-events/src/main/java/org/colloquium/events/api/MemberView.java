package org.colloquium.events.api;

import java.io.Serializable;

/** A member of an event's committee as the management pages list them. */
public record MemberView(String fullName, String email, EventRole role) implements Serializable {}
