package org.colloquium.web.routing;

import java.util.List;
import java.util.Optional;
import org.colloquium.web.feeds.NewsFeedServlet;

/**
 * Addresses that are not pages but have an access rule all the same: static resources, the health
 * check, the language switch and sign-out. The router lets them through to their servlets; the
 * permission test checks them like pages.
 */
public final class Endpoints {

  /**
   * A path prefix served by something other than a routed view; {@code shared} as for {@link
   * Route#shared}: the same for every anonymous visitor, answered from the public-page cache.
   */
  public record Endpoint(String prefix, Access access, String purpose, boolean shared) {

    public Endpoint(String prefix, Access access, String purpose) {
      this(prefix, access, purpose, false);
    }
  }

  public static final List<Endpoint> ALL =
      List.of(
          new Endpoint("/jakarta.faces.resource/", Access.PUBLIC, "stylesheets, scripts, images"),
          new Endpoint("/health", Access.PUBLIC, "database reachability for load balancers"),
          new Endpoint(
              "/api/v1/",
              Access.PUBLIC,
              "JSON API (public events; submissions with a personal token), and its OpenAPI"),
          new Endpoint("/language", Access.PUBLIC, "language switch (POST)"),
          new Endpoint("/sign-out", Access.PUBLIC, "ends the session (POST)"),
          new Endpoint(
              NewsFeedServlet.SITE_FEED, Access.PUBLIC, "Atom feed of all public news", true));

  private Endpoints() {}

  public static Optional<Endpoint> match(String path) {
    return ALL.stream()
        .filter(
            e -> e.prefix().endsWith("/") ? path.startsWith(e.prefix()) : path.equals(e.prefix()))
        .findFirst();
  }
}
