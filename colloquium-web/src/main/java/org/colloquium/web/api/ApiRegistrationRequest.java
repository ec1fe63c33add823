package org.colloquium.web.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colloquium.registration.api.AcademicStatus;
import org.colloquium.registration.api.FormAnswers;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.RegistrationAnswers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/events/{slug}/registrations}: without {@code email} the token's
 * owner registers themself; with one, an organiser registers that person. Only the JSON's shape is
 * checked here; the rules (a name, a mode the event offers) are the service's, answered as 422.
 */
@Schema(
    name = "RegistrationRequest",
    description =
        "A registration. `mode` is required. Without `email` the caller registers themself (the"
            + " name defaults to their profile's); with `email` the caller, an organiser of the"
            + " event, registers that person.")
public record ApiRegistrationRequest(
    @Schema(nullable = true, description = "Organisers only: whom to register.") String email,
    @Schema(nullable = true, examples = "Ioana Țăranu") String fullName,
    @Schema(nullable = true) String affiliation,
    @Schema(examples = "IN_PERSON") ParticipationMode mode,
    @Schema(nullable = true) AcademicStatus academicStatus,
    @Schema(nullable = true) String dietaryNeeds,
    @Schema(nullable = true) String accessibilityNeeds,
    @Schema(
            nullable = true,
            description =
                "Shown in the participant list (default false). With `email`, the organiser"
                    + " records a consent the person gave them (on a paper form, say).")
        Boolean listed,
    @Schema(nullable = true, description = "Organisers only: mail the person (default true).")
        Boolean mailed,
    @Schema(
            nullable = true,
            description =
                "Answers to the organisers' questions by field id: text, a number, a date"
                    + " (yyyy-mm-dd), a country code, `yes` or `no`; `yes` for a consent given.")
        Map<String, String> answers,
    @Schema(
            nullable = true,
            description =
                "Ids of the choices made in the organisers' choice questions; a choice with no"
                    + " place left is refused (422).")
        List<Long> choices) {

  RegistrationAnswers answers(String defaultName, String defaultAffiliation) {
    return new RegistrationAnswers(
        mode,
        fullName == null ? defaultName : fullName,
        affiliation == null ? defaultAffiliation : affiliation,
        academicStatus,
        dietaryNeeds,
        accessibilityNeeds,
        Boolean.TRUE.equals(listed),
        form());
  }

  /** The answers by field id; a key that is no number names no field and is left out. */
  private FormAnswers form() {
    Map<Long, String> byField = new HashMap<>();
    if (answers != null) {
      answers.forEach(
          (key, value) -> {
            try {
              byField.put(Long.valueOf(key), value);
            } catch (NumberFormatException e) {
              // Not a field's id: no question of the event, nothing to answer.
            }
          });
    }
    Set<Long> chosen = new HashSet<>();
    if (choices != null) {
      choices.stream().filter(java.util.Objects::nonNull).forEach(chosen::add);
    }
    return new FormAnswers(byField, chosen);
  }
}
