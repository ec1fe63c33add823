package org.colloquium.events.application;

import java.io.Serializable;
import org.colloquium.events.domain.EventRole;

/** A member of an event's committee as the management pages list them. */
public record MemberView(String fullName, String email, EventRole role) implements Serializable {}
