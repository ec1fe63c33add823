package org.colloquium.web.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The servlet side of the public-page cache: an anonymous read of a shared page that {@link
 * CachedPageHandler} could not answer is rendered and kept ({@link SharedPages}). Whatever is sent
 * to someone with a session or an API token is personal and marked {@code Cache-Control: no-store},
 * so no browser or proxy keeps it for the next person at the same computer.
 */
public class PublicPageCache extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject SharedPages shared;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isStaticResource(request)) {
      chain.doFilter(request, response);
    } else if (request.getSession(false) != null || request.getHeader("Authorization") != null) {
      response.setHeader("Cache-Control", "no-store");
      chain.doFilter(request, response);
    } else if (shared.applies(request)) {
      // Normally CachedPageHandler has answered what is kept before the request got here; asking
      // again keeps the cache working where that handler is not installed, at the cost of one
      // lookup per page rendered.
      if (!shared.answer(request, response, false)) {
        if ("GET".equals(request.getMethod())) {
          shared.renderAndKeep(request, response, chain);
        } else {
          chain.doFilter(request, response);
        }
      }
    } else {
      chain.doFilter(request, response);
    }
  }

  private static boolean isStaticResource(HttpServletRequest request) {
    return SharedPages.path(request).startsWith("/jakarta.faces.resource/");
  }
}
