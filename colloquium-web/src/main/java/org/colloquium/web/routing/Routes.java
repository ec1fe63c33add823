package org.colloquium.web.routing;

import org.colloquium.kernel.access.RouteTable;

/**
 * The address of every page and who may open it: the platform's own ({@link SiteRoutes}) and those
 * every module declares. A page not listed cannot be reached: views live under /WEB-INF and are
 * only forwarded to. The permission test in colloquium-tests walks this table as every kind of
 * user.
 */
public final class Routes {

  /** Built once: route sets are data, and a clash between two of them fails the deployment. */
  public static final RouteTable TABLE = RouteTable.discovered(new SiteRoutes());

  private Routes() {}
}
