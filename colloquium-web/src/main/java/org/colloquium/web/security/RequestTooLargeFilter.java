package org.colloquium.web.security;

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
 * Answers a request whose body is too large with a page that says so (413): an upload above the
 * upload limit, anything else above {@link RequestBodyLimit#NOT_UPLOAD}. A declared length is
 * refused before anything reads the body; a chunked body is refused when reading it passes the
 * limit ({@link RequestBodyLimit} makes the container stop there). Left to the container, reading
 * the parameters of such a post fails deep inside JSF, and even the error page cannot read them:
 * the visitor would get a bare failure. The page is rendered for the request seen as a GET with no
 * parameters, so JSF does not try to restore a view from the body it must not read.
 */
public class RequestTooLargeFilter extends HttpFilter {

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
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean upload = RequestBodyLimit.isUpload(request.getMethod(), request.getContentType(), path);
    if (request.getContentLengthLong() > (upload ? limit : RequestBodyLimit.NOT_UPLOAD)) {
      refuse(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!tooBig(e) || response.isCommitted()) {
        throw e;
      }
      response.reset();
      refuse(request, response);
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    request.getRequestDispatcher(PAGE).forward(new WithoutBody(request), response);
  }

  /** Whether reading the body stopped at the container's limit (Undertow's own exception). */
  private static boolean tooBig(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if ("io.undertow.server.RequestTooBigException".equals(cause.getClass().getName())) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
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
