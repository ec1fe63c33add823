package org.colloquium.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.colloquium.kernel.access.AccessRule;
import org.colloquium.kernel.access.Route;
import org.colloquium.kernel.access.Visitor;
import org.colloquium.web.security.SignedIn;

/**
 * The router's decision for the current visitor, also offered to views: a menu shows a link when
 * its page would open ({@code #{routeAccess.mayOpen('/manage')}}), so the navigation needs no
 * knowledge of who organises what.
 */
@Named
@RequestScoped
public class RouteAccess {

  /** What the router does with a request for a route. */
  public enum Decision {
    ALLOW,
    SIGN_IN,
    FORBID
  }

  @Inject SignedIn signedIn;

  /** The rules routes name, supplied by the modules as beans. */
  @Inject @Any Instance<AccessRule> rules;

  public Decision decide(Route route, Map<String, String> parameters) {
    if (route.isPublic()) {
      return Decision.ALLOW;
    }
    if (!signedIn.isSignedIn()) {
      return Decision.SIGN_IN;
    }
    Visitor visitor = new Visitor(signedIn.accountId(), signedIn.isAdministrator());
    return rules.select(route.rule()).get().admits(visitor, parameters)
        ? Decision.ALLOW
        : Decision.FORBID;
  }

  /** Whether the page at {@code path} would open for the current visitor. */
  public boolean mayOpen(String path) {
    return Routes.TABLE
        .match(path)
        .map(m -> decide(m.route(), m.parameters()) == Decision.ALLOW)
        .orElse(false);
  }
}
