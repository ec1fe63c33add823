package org.colloquium.registration.api;

/**
 * Fired inside the transaction of every change of a registration's state or mode ({@code from} null
 * for a new one), for modules that keep something per registrant.
 */
public record RegistrationChanged(
    Long registrationId,
    Long eventId,
    Long accountId,
    ParticipationMode mode,
    RegistrationState from,
    RegistrationState to) {}
