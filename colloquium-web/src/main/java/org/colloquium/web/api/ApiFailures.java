package org.colloquium.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's last word on a failure nobody expected: a problem answer with status 500 and words that
 * say nothing about the server, never the exception's message (RESTEasy's own default answers with
 * it, "Java heap space" for one). The exception is logged with an incident number that the answer
 * repeats, so that an operator can find it. Errors the API means to give ({@code
 * WebApplicationException}) keep their own answer; those of the framework itself (an unknown
 * address, a wrong method or content type) get a problem body too.
 */
@Provider
public class ApiFailures implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApiFailures.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof WebApplicationException expected && expected.getResponse() != null) {
      Response answer = expected.getResponse();
      if (answer.hasEntity()) {
        return answer;
      }
      return Response.fromResponse(answer)
          .type(ApiProblem.MEDIA_TYPE)
          .entity(framework(answer.getStatusInfo()))
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "API request failed, incident " + incident, failure);
    return ApiProblems.of(problem(incident));
  }

  /** The framework's own refusals, in the words of the API's. */
  static ApiProblem framework(Response.StatusType status) {
    return switch (status.getStatusCode()) {
      case 404 -> new ApiProblem("Not found", 404, "There is nothing at this address.");
      case 405 ->
          new ApiProblem("Method not allowed", 405, "This address does not answer this method.");
      case 406 -> new ApiProblem("Not acceptable", 406, "The API answers in application/json.");
      case 415 ->
          new ApiProblem("Unsupported media type", 415, "Send the submission as application/json.");
      default ->
          new ApiProblem(
              status.getReasonPhrase(), status.getStatusCode(), "The request cannot be answered.");
    };
  }

  /** The answer to a failure: the same words whatever failed. */
  public static ApiProblem problem(String incident) {
    return new ApiProblem(
        "Internal server error",
        500,
        "The server could not complete the request. It has been logged as incident "
            + incident
            + "; please try again in a moment.");
  }
}
