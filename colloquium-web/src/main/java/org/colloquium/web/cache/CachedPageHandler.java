package org.colloquium.web.cache;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Answers kept public pages before the request reaches the servlet security handlers and filters.
 * Measured on two cores: Jakarta Security alone (authentication mechanism, JNDI lookups) cost a
 * quarter of the CPU of a cached answer given by a servlet filter; an anonymous visitor of a shared
 * page needs none of it. Everything else goes on down the chain unchanged.
 *
 * <p>Most anonymous reads are answered earlier still, on the I/O thread ({@link
 * IoThreadPageHandler}); this one answers those that path leaves (a browser that still sends the
 * cookie of a session that is gone), and is where the application's beans are first looked up for
 * both.
 */
final class CachedPageHandler implements HttpHandler {

  private final HttpHandler next;
  private final SharedPagesReference reference;

  CachedPageHandler(HttpHandler next, SharedPagesReference reference) {
    this.next = next;
    this.reference = reference;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
    if (context != null
        && shared().answer(context.getOriginalRequest(), context.getOriginalResponse(), true)) {
      return;
    }
    next.handleRequest(exchange);
  }

  private SharedPages shared() {
    SharedPages found = reference.get();
    if (found == null) {
      // Looked up on first use, here where the application's class loader is set: the handler is
      // built before the application's beans exist.
      found = CDI.current().select(SharedPages.class).get();
      reference.set(found);
    }
    return found;
  }
}
