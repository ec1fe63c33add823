package org.colloquium.web.manage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Answers a form post larger than the upload limit with a page that says so (413), before anything
 * reads the body. Left to the container, reading the parameters of such a post fails deep inside
 * JSF, and even the error page cannot read them: the visitor would get a bare failure. The page is
 * rendered for the request seen as a GET with no parameters, so JSF does not try to restore a view
 * from the body it must not read.
 */
public class UploadTooLargeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String PAGE = "/WEB-INF/views/error/413.xhtml";

  private long limit;

  @Override
  public void init() {
    // The Faces Servlet's multipart max-request-size: the two are configured side by side.
    limit = Long.parseLong(getInitParameter("max-request-size"));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      request.getRequestDispatcher(PAGE).forward(new WithoutBody(request), response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** The refused post as the error page sees it: a GET without parameters or body. */
  static final class WithoutBody extends HttpServletRequestWrapper {

    WithoutBody(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public int getContentLength() {
      return 0;
    }

    @Override
    public long getContentLengthLong() {
      return 0;
    }
  }
}
