package org.colloquium.web.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error answer in the shape of RFC 9457 ({@code application/problem+json}). The extension
 * members are present only where they apply: {@code errors} on 422, {@code reason} and {@code
 * acceptedUntil} on a 409 about the call's dates, {@code reason} {@code insufficient-scope} on the
 * 403 of a read-only token.
 */
@Schema(name = "Problem", description = "An error, as RFC 9457 describes it.")
public record ApiProblem(
    @Schema(description = "A short, human-readable summary.") String title,
    @Schema(description = "The HTTP status code.") int status,
    @Schema(description = "What went wrong in this case.") String detail,
    @Schema(
            nullable = true,
            description = "422 only: every problem with the input, each tied to a field.")
        List<FieldProblem> errors,
    @Schema(
            nullable = true,
            description =
                "409: why the submission cannot be changed now; 403 insufficient-scope: a"
                    + " read-only token tried to change something.",
            enumeration = {
              "not-yet-open",
              "deadline-passed",
              "withdrawn",
              "decided",
              "final-version-closed",
              "conflict",
              "insufficient-scope"
            })
        String reason,
    @Schema(
            nullable = true,
            description =
                "409 about the call's dates: until when the call accepts changes (grace period"
                    + " included), in the event's time zone; for final-version-closed, until"
                    + " when the final version was accepted.")
        OffsetDateTime acceptedUntil) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public ApiProblem(String title, int status, String detail) {
    this(title, status, detail, null, null, null);
  }

  /** One thing wrong with the input. */
  @Schema(name = "FieldProblem")
  public record FieldProblem(
      @Schema(
              description =
                  "The input field, as in the request: title, abstract, keywords, trackId,"
                      + " presentationTypeId, language, authors, authors[0].email, file;"
                      + " empty for the request as a whole.",
              examples = "authors[0].email")
          String field,
      @Schema(
              description =
                  "A stable key naming the rule, for programs (the web pages' message key).",
              examples = "submission.author.email.invalid")
          String messageKey,
      @Schema(description = "The same in English, for people.") String message) {}
}
