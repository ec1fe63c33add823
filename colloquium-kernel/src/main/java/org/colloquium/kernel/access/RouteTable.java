package org.colloquium.kernel.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * All the site's routes and endpoints, gathered from every module's {@link RouteSet}. An address
 * goes to the most specific route that matches it; two routes of the same shape (the same literals,
 * parameters in the same places) are refused when the table is built, since neither could be told
 * apart from the other.
 */
public final class RouteTable {

  /** A route with the parameter values its path carried. */
  public record Match(Route route, Map<String, String> parameters) {}

  private final List<Route> routes;
  private final List<Endpoint> endpoints;

  public RouteTable(List<? extends RouteSet> sets) {
    List<Route> all = new ArrayList<>();
    List<Endpoint> ends = new ArrayList<>();
    for (RouteSet set : sets) {
      all.addAll(set.routes());
      ends.addAll(set.endpoints());
    }
    Map<String, Route> shapes = new HashMap<>();
    for (Route route : all) {
      String shape = route.pattern().replaceAll("\\{[a-zA-Z]+}", "{}");
      Route before = shapes.put(shape, route);
      if (before != null) {
        throw new IllegalStateException("two routes of one shape: " + before + " and " + route);
      }
    }
    // Most specific first; the pattern breaks ties so that the order never depends on the sets'.
    // ('L' sorts before 'P').
    all.sort(Comparator.comparing(Route::specificity).thenComparing(Route::pattern));
    this.routes = List.copyOf(all);
    this.endpoints = List.copyOf(ends);
  }

  /**
   * The table of {@code own} (the web's platform pages) and of every route set declared on the
   * kernel's class path: in the EAR the kernel sits in ear/lib beside the feature modules and sees
   * their services, which the WAR's own class loader need not.
   */
  public static RouteTable discovered(RouteSet... own) {
    List<RouteSet> sets = new ArrayList<>(List.of(own));
    ServiceLoader.load(RouteSet.class, RouteSet.class.getClassLoader()).forEach(sets::add);
    return new RouteTable(sets);
  }

  public List<Route> routes() {
    return routes;
  }

  public List<Endpoint> endpoints() {
    return endpoints;
  }

  /** The route of a page address; a trailing slash is tolerated. */
  public Optional<Match> match(String path) {
    String normalised =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    for (Route route : routes) {
      var parameters = route.match(normalised);
      if (parameters.isPresent()) {
        return Optional.of(new Match(route, parameters.get()));
      }
    }
    return Optional.empty();
  }

  public Optional<Endpoint> endpoint(String path) {
    return endpoints.stream().filter(e -> e.matches(path)).findFirst();
  }
}
