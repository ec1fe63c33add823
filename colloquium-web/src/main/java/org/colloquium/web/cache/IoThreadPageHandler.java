package org.colloquium.web.cache;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

/**
 * Answers an anonymous read of a kept public page on Undertow's I/O thread, before the request is
 * handed to a worker thread ({@link SharedPages#answer(HttpServerExchange, String, String)}).
 *
 * <p>Why: profiled under wrk on two cores (JFR, docs/performance.md), a third of the Java time of a
 * cached 120 KB page went to the I/O thread spinning in Undertow's read listener while the worker
 * that had already written the answer was still ending its exchange, the client having sent its
 * next request meanwhile; and every answer paid the hand-over to a worker. A kept page needs
 * neither: its bytes are ready, and sending them does not block.
 */
final class IoThreadPageHandler implements HttpHandler {

  private final HttpHandler next;
  private final SharedPagesReference reference;
  private final String contextPath;
  private final String sessionCookie;

  IoThreadPageHandler(
      HttpHandler next, SharedPagesReference reference, String contextPath, String sessionCookie) {
    this.next = next;
    this.reference = reference;
    this.contextPath = contextPath;
    this.sessionCookie = sessionCookie;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    SharedPages shared = reference.get();
    if (shared != null
        && exchange.isInIoThread()
        && shared.answer(exchange, contextPath, sessionCookie)) {
      return;
    }
    next.handleRequest(exchange);
  }
}
