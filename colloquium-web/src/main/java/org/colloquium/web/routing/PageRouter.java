package org.colloquium.web.routing;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.kernel.access.Route;

/**
 * Turns a public address into its view, after checking the route's access rule: anonymous visitors
 * of a protected page are sent to sign-in (and back afterwards), signed-in users without the right
 * role get 403, unknown addresses 404. Declared in web.xml after the security filters.
 */
public class PageRouter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject RouteAccess access;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.isEmpty()) {
      path = "/";
    }
    if (Routes.TABLE.endpoint(path).isPresent()) {
      chain.doFilter(request, response);
      return;
    }
    var match = Routes.TABLE.match(path);
    if (match.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Route route = match.get().route();
    Map<String, String> parameters = match.get().parameters();
    switch (access.decide(route, parameters)) {
      case ALLOW -> forward(request, response, route, parameters);
      case SIGN_IN -> response.sendRedirect(signInAddress(request));
      case FORBID -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private static void forward(
      HttpServletRequest request,
      HttpServletResponse response,
      Route route,
      Map<String, String> parameters)
      throws ServletException, IOException {
    String target = route.view();
    if (!parameters.isEmpty()) {
      target +=
          "?"
              + parameters.entrySet().stream()
                  .map(
                      e ->
                          e.getKey()
                              + "="
                              + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                  .collect(Collectors.joining("&"));
    }
    try {
      request.getRequestDispatcher(target).forward(request, response);
    } catch (RuntimeException e) {
      answerFailure(e, response);
    }
  }

  /**
   * The container wraps what a forwarded view throws in a RuntimeException, which would hide the
   * real cause from the error-page mapping of web.xml. Unwrap it: a refused or missing thing
   * becomes 403 or 404, anything else goes to the error pages by its root cause (so an expired view
   * shows the "page expired" page, not the generic one).
   */
  private static void answerFailure(RuntimeException wrapped, HttpServletResponse response)
      throws ServletException, IOException {
    Throwable cause = wrapped;
    while (cause.getCause() != null && cause.getCause() != cause) {
      if (cause instanceof AccessDeniedException || cause instanceof NotFoundException) {
        break;
      }
      cause = cause.getCause();
    }
    if (!response.isCommitted() && cause instanceof AccessDeniedException) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } else if (!response.isCommitted() && cause instanceof NotFoundException) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else {
      throw new ServletException(cause);
    }
  }

  private static String signInAddress(HttpServletRequest request) {
    String next = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      next += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + "/sign-in?next="
        + URLEncoder.encode(next, StandardCharsets.UTF_8);
  }
}
