package org.colloquium.web.api;

import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.submissions.api.ChangeRefusedException;
import org.colloquium.submissions.api.ConflictException;

/**
 * Turns the services' refusals into problem answers. Texts come from the English web bundle, so an
 * API client reads the same sentence as the page would show; the message key travels along as the
 * stable name a program should test.
 */
final class ApiProblems {

  /** The idempotency key is a header, not a field: a bad one is a bad request, not bad content. */
  static final String BAD_IDEMPOTENCY_KEY = "submission.idempotencyKey.invalid";

  static final String TOO_LARGE = "submission.pdf.tooLarge";

  /** Every checker of uploads is busy: nothing is wrong with the file, try again later. */
  static final String BUSY = "submission.pdf.busy";

  /** When a busy server asks to be tried again, in seconds. */
  static final int RETRY_AFTER_SECONDS = 60;

  private ApiProblems() {}

  public static Response of(int status, String title, String detail) {
    return of(new ApiProblem(title, status, detail));
  }

  public static Response of(ApiProblem problem) {
    return Response.status(problem.status()).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
  }

  /**
   * The answer for an event the caller may not see: an unknown slug and a draft the caller may not
   * manage get this same answer, byte for byte, on every {@code /events/{slug}…} route, so that
   * nobody learns which drafts exist.
   */
  public static Response eventNotFound() {
    return of(404, "Not found", "There is no published event with this slug.");
  }

  public static Response notFound() {
    // The same words whether it does not exist or is not the caller's: ids tell nothing.
    return of(404, "Not found", "There is no such submission, or it is not yours to see.");
  }

  public static Response of(RuntimeException e) {
    if (e instanceof NotFoundException) {
      return notFound();
    }
    if (e instanceof AccessDeniedException) {
      return of(403, "Forbidden", "You may not do this.");
    }
    if (e instanceof ChangeRefusedException refused) {
      return of(
          new ApiProblem(
              "Not accepted now",
              409,
              text(refused.messageKey())
                  + (refused.acceptedUntil() == null
                      ? ""
                      : " The call accepted changes until "
                          + at(refused.acceptedUntil(), refused.zone())
                          + "."),
              null,
              refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
              refused.acceptedUntil() == null
                  ? null
                  : refused.acceptedUntil().atZone(refused.zone()).toOffsetDateTime()));
    }
    if (e instanceof ConflictException conflict) {
      return of(
          new ApiProblem("Conflict", 409, text(conflict.messageKey()), null, "conflict", null));
    }
    if (e instanceof ValidationException invalid) {
      return of(invalid);
    }
    throw e;
  }

  private static Response of(ValidationException invalid) {
    List<Problem> problems = invalid.problems();
    if (problems.stream().anyMatch(p -> p.messageKey().equals(BAD_IDEMPOTENCY_KEY))) {
      return of(
          400,
          "Bad Idempotency-Key",
          "Send an Idempotency-Key header of 1 to 64 characters, new for every new submission.");
    }
    if (problems.stream().anyMatch(p -> p.messageKey().equals(BUSY))) {
      return Response.fromResponse(
              of(
                  503,
                  "Busy",
                  text(BUSY) + " Nothing was changed; send the same request again later."))
          .header("Retry-After", RETRY_AFTER_SECONDS)
          .build();
    }
    int status = problems.stream().anyMatch(p -> p.messageKey().equals(TOO_LARGE)) ? 413 : 422;
    List<ApiProblem.FieldProblem> errors =
        problems.stream()
            .map(
                p ->
                    new ApiProblem.FieldProblem(
                        apiField(p.field()),
                        p.messageKey(),
                        text(p.messageKey(), p.arguments().toArray())))
            .toList();
    return of(
        new ApiProblem(
            status == 413 ? "Payload too large" : "Unprocessable content",
            status,
            errors.stream()
                .map(f -> (f.field().isEmpty() ? "" : f.field() + ": ") + f.message())
                .reduce((a, b) -> a + " " + b)
                .orElse(""),
            errors,
            null,
            null));
  }

  /** The service names fields as the form does; the API as its JSON does. */
  public static String apiField(String field) {
    return switch (field) {
      case "track" -> "trackId";
      case "type" -> "presentationTypeId";
      default -> field.replaceAll("^authors\\.(\\d+)\\.", "authors[$1].");
    };
  }

  /** The English text of a web message key; the key itself if the bundle has none. */
  public static String text(String key, Object... arguments) {
    String pattern;
    try {
      // Locale.ROOT: the base bundle is English, whatever the server's default locale.
      pattern =
          ResourceBundle.getBundle("org.colloquium.web.i18n.Messages", Locale.ROOT).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
  }

  public static String at(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toOffsetDateTime().toString();
  }
}
