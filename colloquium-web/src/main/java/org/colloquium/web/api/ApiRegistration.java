package org.colloquium.web.api;

import java.time.Instant;
import org.colloquium.registration.api.MyRegistration;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrantRow;
import org.colloquium.registration.api.RegistrationState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registration as the API answers it. */
@Schema(name = "Registration")
public record ApiRegistration(
    long id,
    String email,
    String fullName,
    ParticipationMode mode,
    RegistrationState state,
    @Schema(nullable = true, description = "How many wait before them (waiting list only).")
        Integer aheadInQueue,
    @Schema(nullable = true, description = "Until when a place offered may be accepted.")
        Instant offerExpiresAt,
    Instant registeredAt) {

  static ApiRegistration of(MyRegistration r) {
    return new ApiRegistration(
        r.id(),
        r.email(),
        r.answers().fullName(),
        r.mode(),
        r.state(),
        r.aheadInQueue(),
        r.offerExpiresAt(),
        r.registeredAt());
  }

  static ApiRegistration of(RegistrantRow r) {
    return new ApiRegistration(
        r.id(),
        r.email(),
        r.fullName(),
        r.mode(),
        r.state(),
        null,
        r.offerExpiresAt(),
        r.registeredAt());
  }
}
