package org.colloquium.registration.api;

import java.io.Serializable;

/**
 * How many registrations of one mode are in one state; {@code speakers} of them are speakers', who
 * hold no place.
 */
public record RegistrantCount(
    ParticipationMode mode, RegistrationState state, long count, long speakers)
    implements Serializable {}
