package org.colloquium.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Makes forms post back to the address the visitor sees ({@code /events/20-months-after}), not to
 * the view under /WEB-INF that the router forwarded to, so that the route's access rule is checked
 * again on every post and the address bar never shows an internal path.
 */
public class RoutedViewHandler extends ViewHandlerWrapper {

  public RoutedViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    if (context.getExternalContext().getRequest() instanceof HttpServletRequest request
        && context.getViewRoot() != null
        && viewId.equals(context.getViewRoot().getViewId())) {
      Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
      if (uri != null) {
        Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        return query == null ? uri.toString() : uri + "?" + query;
      }
    }
    return super.getActionURL(context, viewId);
  }
}
