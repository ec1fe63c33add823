package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the registration page shows a signed-in person: the event, the opening and places, the
 * modes offered, whether approval is needed, their current registration (null if none) and the
 * answers to start the form with (their registration's, else their profile's), and the organisers'
 * questions that follow the built-in ones.
 */
public record RegistrationPage(
    String slug,
    String eventTitle,
    Instant eventStart,
    Instant eventEnd,
    ZoneId zone,
    RegistrationOpening opening,
    List<ParticipationMode> modes,
    Moderation moderation,
    Instant changesUntil,
    String email,
    RegistrationAnswers answers,
    MyRegistration current,
    List<FormField> form)
    implements Serializable {}
