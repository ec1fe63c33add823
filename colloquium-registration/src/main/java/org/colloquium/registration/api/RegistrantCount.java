package org.colloquium.registration.api;

import java.io.Serializable;

/** How many registrations of one mode are in one state. */
public record RegistrantCount(ParticipationMode mode, RegistrationState state, long count)
    implements Serializable {}
