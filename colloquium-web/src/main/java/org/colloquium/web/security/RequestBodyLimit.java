package org.colloquium.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;

/**
 * Bounds what the server reads of a request body that is not an upload to {@link #NOT_UPLOAD}
 * bytes, counted as they are read: a chunked body has no Content-Length to check beforehand, and
 * without this any address would read up to the listener's limit (64 MB) meant for PDFs. Uploads
 * are multipart form posts and the API's file PUTs; the listener's limit and {@code
 * RequestTooLargeFilter} bound them. Registered in META-INF/services, so it applies before anything
 * in the deployment can read a body.
 */
public class RequestBodyLimit implements ServletExtension {

  /** A sign-in, a form, an abstract in JSON: far below this. */
  public static final long NOT_UPLOAD = 1024 * 1024;

  @Override
  public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
    deploymentInfo.addInitialHandlerChainWrapper(Handler::new);
  }

  /** Whether a request may carry a file: a multipart post, or a PUT of the API's file routes. */
  static boolean isUpload(String method, String contentType, String path) {
    boolean multipart =
        contentType != null && contentType.toLowerCase().startsWith("multipart/form-data");
    return ("POST".equals(method) && multipart)
        || ("PUT".equals(method) && path.startsWith("/api/") && path.endsWith("/file"));
  }

  private static final class Handler implements HttpHandler {

    private final HttpHandler next;

    Handler(HttpHandler next) {
      this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
      if (!isUpload(
          exchange.getRequestMethod().toString(),
          exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE),
          exchange.getRelativePath())) {
        exchange.setMaxEntitySize(NOT_UPLOAD);
      }
      next.handleRequest(exchange);
    }
  }
}
