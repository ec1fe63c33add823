package org.colloquium.web.routing;

import java.util.List;
import org.colloquium.kernel.access.Administrators;
import org.colloquium.kernel.access.AnySignedIn;
import org.colloquium.kernel.access.AnyVisitor;
import org.colloquium.kernel.access.Endpoint;
import org.colloquium.kernel.access.Route;
import org.colloquium.kernel.access.RouteSet;

/**
 * The platform's own pages (home, accounts, "My area", administration) and the endpoints the web
 * module serves. Feature modules bring their pages in their own {@link RouteSet}s.
 */
public final class SiteRoutes implements RouteSet {

  private static final String VIEWS = "/WEB-INF/views";

  @Override
  public List<Route> routes() {
    return List.of(
        Route.shared("/", VIEWS + "/site/home.xhtml"),
        // Accounts. The forms are shared too: stateless, the same for every anonymous visitor
        // (the script nonce in their hidden field is replaced per answer like the one in their
        // scripts). Confirmation, reset and invitation links carry a personal token: never kept.
        Route.shared("/sign-in", VIEWS + "/account/sign-in.xhtml"),
        Route.shared("/sign-up", VIEWS + "/account/sign-up.xhtml"),
        Route.shared("/sign-up/check-your-mail", VIEWS + "/account/check-mail.xhtml"),
        new Route("/confirm-email", VIEWS + "/account/confirm-email.xhtml", AnyVisitor.class),
        Route.shared("/forgot-password", VIEWS + "/account/forgot-password.xhtml"),
        new Route("/reset-password", VIEWS + "/account/reset-password.xhtml", AnyVisitor.class),
        new Route("/invitation", VIEWS + "/account/invitation.xhtml", AnyVisitor.class),
        // My area
        new Route("/my", VIEWS + "/my/home.xhtml", AnySignedIn.class),
        new Route("/my/profile", VIEWS + "/my/profile.xhtml", AnySignedIn.class),
        new Route("/my/password", VIEWS + "/my/password.xhtml", AnySignedIn.class),
        // Administration
        new Route("/admin", VIEWS + "/admin/home.xhtml", Administrators.class),
        new Route("/admin/outbox", VIEWS + "/admin/outbox.xhtml", Administrators.class));
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        new Endpoint("/jakarta.faces.resource/", "stylesheets, scripts, images"),
        new Endpoint("/health", "database reachability for load balancers"),
        new Endpoint(
            "/api/v1/",
            "JSON API (public events; submissions with a personal token), and its OpenAPI"),
        new Endpoint("/language", "language switch (POST)"),
        new Endpoint("/sign-out", "ends the session (POST)"));
  }
}
