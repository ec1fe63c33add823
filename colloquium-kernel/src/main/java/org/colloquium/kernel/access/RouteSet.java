package org.colloquium.kernel.access;

import java.util.List;

/**
 * The pages (and endpoints) one module adds to the site, each with its access rule. A module
 * declares its set as a Java service (a class with a public no-argument constructor and a line in
 * its jar's {@code META-INF/services/org.colloquium.kernel.access.RouteSet}), so that the router
 * and the permission walk find it without any shared list naming it. Sets hold data only: the rules
 * they name are CDI beans.
 */
public interface RouteSet {

  List<Route> routes();

  default List<Endpoint> endpoints() {
    return List.of();
  }
}
