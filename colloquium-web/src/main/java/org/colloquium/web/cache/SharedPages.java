package org.colloquium.web.cache;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.DateUtils;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.LocaleUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.colloquium.kernel.access.Endpoint;
import org.colloquium.web.i18n.LocaleSelection;
import org.colloquium.web.routing.Routes;
import org.colloquium.web.security.SecurityHeaders;

/**
 * The pages every anonymous visitor sees alike (routes marked {@code shared}): answered from {@link
 * RenderedPages} when they are kept there ({@link CachedPageHandler}), rendered and kept when not
 * ({@link PublicPageCache}).
 *
 * <p>"Anonymous" means: no HTTP session. Signed-in visitors have one; a visitor whose session is
 * gone counts as anonymous, whatever cookie the browser still sends.
 */
@ApplicationScoped
public class SharedPages {

  /** Browsers and proxies may keep a shared page but must ask whether it is still good. */
  static final String SHARED_CACHING = "no-cache";

  /** What varies a shared page: the language (cookie or Accept-Language). */
  static final String VARY = "Accept-Language, Cookie";

  @Inject RenderedPages pages;

  /** Whether {@code request} is an anonymous read of a shared page. */
  boolean applies(HttpServletRequest request) {
    String method = request.getMethod();
    return ("GET".equals(method) || "HEAD".equals(method))
        && pages.enabled()
        && isShared(path(request))
        && request.getHeader("Authorization") == null
        && request.getSession(false) == null
        && !carriesFlash(request);
  }

  /**
   * Mojarra's flash cookie: a notice set before a redirect ("your new password is saved", "you are
   * signed out") waits for the next page under it, without any session. That page is for this
   * browser only.
   */
  static final String FLASH_COOKIE = "csfcfc";

  private static boolean carriesFlash(HttpServletRequest request) {
    var cookies = request.getCookies();
    if (cookies != null) {
      for (var cookie : cookies) {
        if (FLASH_COOKIE.equals(cookie.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Answers {@code request} from the kept pages if it is an anonymous read of a shared page that is
   * kept.
   *
   * @param securityHeaders whether to set the security headers too (in front of the filters that
   *     otherwise set them)
   * @return whether it answered
   */
  boolean answer(HttpServletRequest request, HttpServletResponse response, boolean securityHeaders)
      throws IOException {
    if (!applies(request)) {
      return false;
    }
    var kept = pages.find(PageKey.of(request, path(request)), pages.current());
    if (kept.isEmpty()) {
      return false;
    }
    CachedPage page = kept.get();
    if (securityHeaders) {
      SecurityHeaders.apply(response, request.isSecure());
    }
    validators(response, page);
    if (Revalidation.notModified(
        request.getHeader("If-None-Match"),
        ifModifiedSince(request),
        page.etag(),
        page.lastModified())) {
      // No policy and no body: the browser keeps the copy it has, with the nonce it came with.
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return true;
    }
    String nonce = freshNonce();
    page.writeHeaders(response, nonce);
    response.setContentLengthLong(page.length(nonce));
    if (!"HEAD".equals(request.getMethod())) {
      page.writeBody(response.getOutputStream(), nonce);
    }
    return true;
  }

  /**
   * Answers on Undertow's I/O thread, before any servlet machinery, an anonymous read of a shared
   * page that is kept: the same page, headers and validators as {@link #answer(HttpServletRequest,
   * HttpServletResponse, boolean)}. "Anonymous" is judged from the cookies alone: a request that
   * carries a session cookie goes on to the servlet path, which knows whether the session exists.
   * So does an address with percent-escapes, which the two paths would read differently.
   *
   * @param contextPath the web application's, "" at the root
   * @param sessionCookie the name of the session cookie
   * @return whether it answered; if not, the exchange is untouched
   */
  boolean answer(HttpServerExchange exchange, String contextPath, String sessionCookie) {
    String method = exchange.getRequestMethod().toString();
    boolean head = "HEAD".equals(method);
    String uri = exchange.getRequestURI();
    HeaderMap in = exchange.getRequestHeaders();
    if (!(head || "GET".equals(method))
        || !pages.enabled()
        || uri.indexOf('%') >= 0
        || !uri.startsWith(contextPath + "/")
        || in.contains(Headers.AUTHORIZATION)
        || exchange.getRequestCookie(sessionCookie) != null
        || exchange.getRequestCookie(FLASH_COOKIE) != null) {
      return false;
    }
    String path = uri.substring(contextPath.length());
    if (!isShared(path)) {
      return false;
    }
    var language = exchange.getRequestCookie(LocaleSelection.COOKIE);
    String query = exchange.getQueryString();
    PageKey key =
        new PageKey(
            exchange.getRequestScheme()
                + "://"
                + exchange.getHostName()
                + ":"
                + exchange.getHostPort(),
            path,
            query == null || query.isEmpty() ? null : query,
            LocaleSelection.of(
                language == null ? null : language.getValue(),
                LocaleUtils.getLocalesFromHeader(in.get(Headers.ACCEPT_LANGUAGE))));
    var kept = pages.find(key, pages.current());
    if (kept.isEmpty()) {
      return false;
    }
    CachedPage page = kept.get();
    HeaderMap out = exchange.getResponseHeaders();
    SecurityHeaders.forEach(
        exchange.isSecure(), (name, value) -> out.add(new HttpString(name), value));
    out.put(Headers.ETAG, page.etag());
    out.put(Headers.LAST_MODIFIED, DateUtils.toDateString(Date.from(page.lastModified())));
    out.put(Headers.CACHE_CONTROL, SHARED_CACHING);
    out.put(Headers.VARY, VARY);
    String ifModifiedSince = in.getFirst(Headers.IF_MODIFIED_SINCE);
    Date since = ifModifiedSince == null ? null : DateUtils.parseDate(ifModifiedSince);
    if (Revalidation.notModified(
        in.getFirst(Headers.IF_NONE_MATCH),
        since == null ? -1 : since.getTime(),
        page.etag(),
        page.lastModified())) {
      exchange.setStatusCode(HttpServletResponse.SC_NOT_MODIFIED);
      exchange.endExchange();
      return true;
    }
    String nonce = freshNonce();
    if (page.contentType() != null) {
      out.put(Headers.CONTENT_TYPE, page.contentType());
    }
    page.eachHeader(nonce, (name, value) -> out.add(new HttpString(name), value));
    out.put(Headers.CONTENT_LENGTH, page.length(nonce));
    if (head) {
      exchange.endExchange();
    } else {
      exchange.getResponseSender().send(page.bodyBuffers(nonce));
    }
    return true;
  }

  /** Renders the page through {@code chain} and keeps it, unless it turns out to be personal. */
  void renderAndKeep(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    PageKey key = PageKey.of(request, path(request));
    RenderedPages.Generation generation = pages.current();
    CapturingResponse captured = new CapturingResponse(response);
    chain.doFilter(request, captured);
    // A page that started a session (it needed state after all) is nobody else's.
    if (captured.shareable() && request.getSession(false) == null) {
      var page = CachedPage.of(captured, response.getContentType(), pages.now(), pages.ticks());
      if (page.isPresent()) {
        pages.keep(key, page.get(), generation);
        validators(response, page.get());
      }
    }
    captured.sendCaptured();
  }

  private static void validators(HttpServletResponse response, CachedPage page) {
    response.setHeader("ETag", page.etag());
    response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
    response.setHeader("Cache-Control", SHARED_CACHING);
    response.setHeader("Vary", VARY);
  }

  private static long ifModifiedSince(HttpServletRequest request) {
    try {
      return request.getDateHeader("If-Modified-Since");
    } catch (IllegalArgumentException unreadable) {
      return -1;
    }
  }

  /** A nonce like PrimeFaces' own: base64 of a random UUID. */
  static String freshNonce() {
    return Base64.getEncoder()
        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
  }

  static String path(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.isEmpty() ? "/" : path;
  }

  static boolean isShared(String path) {
    var route = Routes.TABLE.match(path);
    if (route.isPresent()) {
      return route.get().route().isShared();
    }
    return Routes.TABLE.endpoint(path).map(Endpoint::shared).orElse(false);
  }
}
