package org.colloquium.web.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.colloquium.kernel.apitoken.application.ApiTokens;

/**
 * Identifies the API's caller by {@code Authorization: Bearer <personal token>}, the only way to be
 * someone in the API. A request without the header stays anonymous (the public endpoints keep
 * working); one with a bad or revoked token is refused outright rather than served anonymously, so
 * a script with a revoked token learns at once why it sees less.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

  private static final String BEARER = "bearer ";

  @Inject ApiTokens tokens;
  @Inject ApiCaller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return;
    }
    Optional<Long> account =
        header.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? tokens.authenticate(header.substring(BEARER.length()).strip())
            : Optional.empty();
    if (account.isPresent()) {
      caller.authenticatedAs(account.get());
    } else {
      request.abortWith(
          unauthorized(
              "invalid_token",
              "The token is unknown or has been revoked. Create a new one on your profile page."));
    }
  }

  /** 401 with the challenge RFC 6750 asks for; {@code error} is omitted for a missing token. */
  static Response unauthorized(String error, String detail) {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header(
            HttpHeaders.WWW_AUTHENTICATE,
            error == null ? "Bearer" : "Bearer error=\"" + error + "\"")
        .type(ApiProblem.MEDIA_TYPE)
        .entity(new ApiProblem("Unauthorized", 401, detail))
        .build();
  }
}
