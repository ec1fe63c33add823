package org.colloquium.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets other sites' pages read the API from the browser (a partner institute listing our events).
 * Safe because the API is anonymous and read-only: no cookies are honoured or sent for it.
 */
@Provider
public class OpenToOtherSites implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
  }
}
