package org.colloquium.web.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.colloquium.kernel.apitoken.api.ApiCredential;
import org.colloquium.kernel.apitoken.api.ApiTokenScope;
import org.colloquium.kernel.apitoken.api.ApiTokens;
import org.colloquium.kernel.limits.api.ClientLimits;
import org.colloquium.kernel.limits.api.TooManyRequestsException;

/**
 * Identifies the API's caller by {@code Authorization: Bearer <personal token>}, the only way to be
 * someone in the API. A request without the header stays anonymous (the public endpoints keep
 * working); one with a bad, expired or revoked token is refused outright rather than served
 * anonymously, so a script with a dead token learns at once why it sees less. A client address that
 * sends many unknown tokens gets 429 with {@code Retry-After} instead of 401 for a while; a valid
 * token is never refused for its address (a stolen one is not found by guessing, and the lookup is
 * cheap). A read-only token gets 403 on anything but GET and HEAD, whatever the address.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

  private static final String BEARER = "bearer ";

  @Inject ApiTokens tokens;
  @Inject ApiCaller caller;
  @Inject ClientLimits limits;
  @Inject HttpServletRequest servletRequest;
  @Inject Clock clock;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return;
    }
    Optional<ApiCredential> credential =
        header.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? tokens.authenticate(header.substring(BEARER.length()).strip())
            : Optional.empty();
    if (credential.isEmpty()) {
      try {
        limits.apiTokenFailed(servletRequest.getRemoteAddr());
      } catch (TooManyRequestsException e) {
        request.abortWith(tooManyRequests(e.retryAt()));
        return;
      }
      request.abortWith(
          unauthorized(
              "invalid_token",
              "The token is unknown, has expired or has been revoked (a password change revokes"
                  + " every token). Create a new one on your profile page."));
      return;
    }
    ApiTokenScope scope = credential.get().scope();
    if (!scope.allows(request.getMethod())) {
      // Refused before any resource runs, so the answer is the same whatever the address names.
      request.abortWith(
          Response.status(Response.Status.FORBIDDEN)
              .header(
                  HttpHeaders.WWW_AUTHENTICATE,
                  "Bearer error=\"insufficient_scope\", scope=\""
                      + ApiTokenScope.READ_WRITE.apiName()
                      + "\"")
              .type(ApiProblem.MEDIA_TYPE)
              .entity(
                  new ApiProblem(
                      "Forbidden",
                      403,
                      "This token's scope is "
                          + scope.apiName()
                          + ": it may only call GET endpoints. Create a read-write token for"
                          + " changes.",
                      null,
                      "insufficient-scope",
                      null))
              .build());
      return;
    }
    caller.authenticatedAs(credential.get().accountId());
  }

  /** 429 with the seconds to wait, rounded up, in {@code Retry-After} and in words. */
  public Response tooManyRequests(Instant retryAt) {
    long seconds =
        Math.max(1, (Duration.between(clock.instant(), retryAt).toMillis() + 999) / 1000);
    return Response.status(429)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .type(ApiProblem.MEDIA_TYPE)
        .entity(
            new ApiProblem(
                "Too many requests",
                429,
                "Too many requests with an unknown or revoked token came from your address. Try"
                    + " again in "
                    + seconds
                    + " seconds, with a valid token."))
        .build();
  }

  /** 401 with the challenge RFC 6750 asks for; {@code error} is omitted for a missing token. */
  public static Response unauthorized(String error, String detail) {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header(
            HttpHeaders.WWW_AUTHENTICATE,
            error == null ? "Bearer" : "Bearer error=\"" + error + "\"")
        .type(ApiProblem.MEDIA_TYPE)
        .entity(new ApiProblem("Unauthorized", 401, detail))
        .build();
  }
}
