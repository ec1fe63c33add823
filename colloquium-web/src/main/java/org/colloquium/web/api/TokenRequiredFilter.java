package org.colloquium.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Runs after {@link BearerTokenFilter} has named the caller, for {@link TokenRequired} resources.
 */
@Provider
@TokenRequired
@Priority(Priorities.AUTHORIZATION)
public class TokenRequiredFilter implements ContainerRequestFilter {

  @Inject ApiCaller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    if (caller.anonymous()) {
      request.abortWith(
          BearerTokenFilter.unauthorized(
              null, "This needs a personal API token: Authorization: Bearer clq_…"));
    }
  }
}
