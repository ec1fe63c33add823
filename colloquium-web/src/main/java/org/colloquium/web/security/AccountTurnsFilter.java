package org.colloquium.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;

/**
 * Works on at most {@link #PER_ACCOUNT} requests of one signed-in account at a time on this node;
 * the others wait for a turn, at most {@link #WAIT}, and then get a page saying the server is busy
 * with this account's other requests (503 with {@code Retry-After}), before anything reads the
 * body. However many sessions and tabs one account opens, it takes no more than that share of the
 * server's threads. Measured in the deadline rush under attack: five sessions of one organiser
 * uploading hostile logos through a form in a loop took two fifths of the server's CPU, and every
 * author's request waited behind them.
 *
 * <p>Anonymous visitors are not counted here (their pages come from the cache of public pages, and
 * what they can send is limited per address); nor are the site's static resources, which a browser
 * fetches several at a time; nor the API, whose callers are known only behind this filter.
 */
public class AccountTurnsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Requests of one account worked on at once: a page and an upload, or two tabs. */
  static final int PER_ACCOUNT = 2;

  /** How long a request waits for a turn before it is answered as busy. */
  static final Duration WAIT = Duration.ofSeconds(15);

  static final String PAGE = "/WEB-INF/views/error/busy.xhtml";

  private final transient AccountTurns turns = new AccountTurns(PER_ACCOUNT);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal principal = request.getUserPrincipal();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (principal == null || isResource(path)) {
      chain.doFilter(request, response);
      return;
    }
    String account = principal.getName();
    boolean entered;
    try {
      entered = turns.enter(account, WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      entered = false;
    }
    if (!entered) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "10");
      request
          .getRequestDispatcher(PAGE)
          .forward(new RequestTooLargeFilter.WithoutBody(request), response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      turns.leave(account);
    }
  }

  /** The site's static files: scripts, styles, fonts and images of JSF and PrimeFaces. */
  static boolean isResource(String path) {
    return path.startsWith("/jakarta.faces.resource/");
  }
}
