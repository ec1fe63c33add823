package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.Instant;

/** One registration in the organisers' list. */
public record RegistrantRow(
    Long id,
    String fullName,
    String email,
    String affiliation,
    AcademicStatus academicStatus,
    ParticipationMode mode,
    RegistrationState state,
    String dietaryNeeds,
    String accessibilityNeeds,
    boolean listed,
    Instant registeredAt,
    Instant offerExpiresAt,
    String reason,
    boolean speaker,
    FormAnswers form)
    implements Serializable {}
