package org.colloquium.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The public address of the page being rendered ({@code /events/x?y=z}, without the context path),
 * whether the router forwarded to it or the container is showing an error page. The language switch
 * uses it to come back to the same page.
 */
@Named
@RequestScoped
public class CurrentPage {

  @Inject HttpServletRequest request;

  public String getPath() {
    String uri = attribute(RequestDispatcher.ERROR_REQUEST_URI);
    String query = null;
    if (uri == null) {
      uri = attribute(RequestDispatcher.FORWARD_REQUEST_URI);
      query = attribute(RequestDispatcher.FORWARD_QUERY_STRING);
    }
    if (uri == null) {
      uri = request.getRequestURI();
      query = request.getQueryString();
    }
    String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    if (path.isEmpty()) {
      path = "/";
    }
    return query == null ? path : path + "?" + query;
  }

  /** True when the page's address starts with {@code prefix}, to mark the current menu entry. */
  public boolean isUnder(String prefix) {
    String path = getPath();
    return prefix.equals("/") ? path.equals("/") || path.startsWith("/?") : path.startsWith(prefix);
  }

  private String attribute(String name) {
    Object value = request.getAttribute(name);
    return value == null ? null : value.toString();
  }
}
