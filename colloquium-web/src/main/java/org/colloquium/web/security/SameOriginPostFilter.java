package org.colloquium.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses state-changing requests sent by another site's page (cross-site request forgery). JSF
 * forms are already protected by their server-side view state, an unguessable per-view token; this
 * check also covers plain servlets (language switch, sign-out) and is a second line for JSF.
 * Browsers send Origin (or at least Referer) with every POST; a request naming a different host is
 * refused, one naming none (a non-browser client) is let through.
 */
public class SameOriginPostFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!SAFE.contains(request.getMethod()) && !sameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    String source = origin == null || origin.equals("null") ? request.getHeader("Referer") : origin;
    if (source == null) {
      // "Origin: null" without a Referer is what a sandboxed frame on another site sends.
      return origin == null;
    }
    String host = request.getHeader("Host");
    try {
      String authority = URI.create(source).getRawAuthority();
      return authority != null && host != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
