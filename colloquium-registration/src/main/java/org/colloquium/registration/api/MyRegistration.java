package org.colloquium.registration.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A person's own registration. {@code aheadInQueue} is how many wait before them (waiting list
 * only); {@code offerExpiresAt} is set while a place is offered; {@code changeable} says whether
 * they may still change answers and mode themselves; {@code joinToken} opens {@code /join/{token}}
 * while the registration is confirmed to attend online (null otherwise).
 */
public record MyRegistration(
    Long id,
    String eventSlug,
    String eventTitle,
    String email,
    RegistrationState state,
    RegistrationAnswers answers,
    Integer aheadInQueue,
    Instant offerExpiresAt,
    Instant registeredAt,
    boolean changeable,
    String reason,
    String joinToken)
    implements Serializable {

  public ParticipationMode mode() {
    return answers.mode();
  }
}
