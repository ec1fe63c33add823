package org.colloquium.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.ConflictException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.validation.Problem;
import org.colloquium.kernel.validation.ValidationException;
import org.colloquium.submissions.api.ChangeRefusedException;

/**
 * The API's error answers ({@code application/problem+json}), and the exception mappers that turn
 * the services' refusals into them, so that resources only throw. Texts come from the English web
 * bundle, so an API client reads the same sentence as the page would show; the message key travels
 * along as the stable name a program should test. Anything else is {@link ApiFailures}'.
 */
public final class ApiProblems {

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

  /** Ends the request with this answer ({@link ApiFailures} passes it on as it is). */
  static WebApplicationException refusal(int status, String title, String detail) {
    return new WebApplicationException(of(status, title, detail));
  }

  /**
   * The answer for an event the caller may not see: an unknown slug and a draft the caller may not
   * manage get this same answer, byte for byte, on every {@code /events/{slug}…} route, so that
   * nobody learns which drafts exist.
   */
  static WebApplicationException eventNotFound() {
    return refusal(404, "Not found", "There is no published event with this slug.");
  }

  static WebApplicationException programmeNotFound() {
    return refusal(
        404, "Not found", "There is no published event with this slug, or no programme of it yet.");
  }

  /**
   * {@code 404}: the same words whether it does not exist or is not the caller's: ids tell nothing.
   */
  @Provider
  public static class NotFound implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return of(404, "Not found", "There is no such submission, or it is not yours to see.");
    }
  }

  /** {@code 403}. */
  @Provider
  public static class Forbidden implements ExceptionMapper<AccessDeniedException> {
    @Override
    public Response toResponse(AccessDeniedException e) {
      return of(403, "Forbidden", "You may not do this.");
    }
  }

  /** {@code 409}: someone saved in between, or the call's dates refuse the change. */
  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      if (!(e instanceof ChangeRefusedException refused)) {
        return of(new ApiProblem("Conflict", 409, text(e.messageKey()), null, "conflict", null));
      }
      Instant until = refused.acceptedUntil();
      return of(
          new ApiProblem(
              "Not accepted now",
              409,
              text(refused.messageKey())
                  + (until == null
                      ? ""
                      : " The call accepted changes until " + at(until, refused.zone()) + "."),
              null,
              ApiSubmissionViews.name(refused.reason()),
              until == null ? null : until.atZone(refused.zone()).toOffsetDateTime()));
    }
  }

  /**
   * The service's rules broken: {@code 422} with every problem tied to its field, {@code 413} for a
   * file too large, {@code 503} when no checker is free, {@code 400} for a bad idempotency key.
   */
  @Provider
  public static class Invalid implements ExceptionMapper<ValidationException> {
    @Override
    public Response toResponse(ValidationException invalid) {
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
      boolean tooLarge = problems.stream().anyMatch(p -> p.messageKey().equals(TOO_LARGE));
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
              tooLarge ? "Payload too large" : "Unprocessable content",
              tooLarge ? 413 : 422,
              errors.stream()
                  .map(f -> (f.field().isEmpty() ? "" : f.field() + ": ") + f.message())
                  .collect(Collectors.joining(" ")),
              errors,
              null,
              null));
    }
  }

  /**
   * A request body of the wrong shape for its record's constraints ({@code keywords[1]} null, say):
   * {@code 400}, like a value of the wrong type, naming the field as the JSON does.
   */
  @Provider
  public static class BadBody implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      return of(
          400,
          "Bad request",
          e.getConstraintViolations().stream()
              .map(BadBody::describe)
              .sorted()
              .collect(Collectors.joining(" ")));
    }

    private static String describe(ConstraintViolation<?> violation) {
      StringBuilder field = new StringBuilder();
      for (Path.Node node : violation.getPropertyPath()) {
        if (node.getIndex() != null) {
          field.append('[').append(node.getIndex()).append(']');
        }
        if (node.getKind() == ElementKind.PROPERTY) {
          field.append(field.isEmpty() ? "" : ".").append(node.getName());
        }
      }
      return (field.isEmpty() ? "" : field + ": ") + violation.getMessage();
    }
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
