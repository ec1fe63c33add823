package org.colloquium.web.routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The address of every page and who may open it. A page not listed here cannot be reached: views
 * live under /WEB-INF and are only forwarded to. The permission test in colloquium-tests walks this
 * table as every kind of user; add new pages here, with their rule.
 */
public final class Routes {

  private static final String VIEWS = "/WEB-INF/views";

  public static final List<Route> ALL =
      List.of(
          // Public site
          new Route("/", VIEWS + "/site/home.xhtml", Access.PUBLIC),
          new Route("/events/{slug}", VIEWS + "/site/event.xhtml", Access.PUBLIC),
          // Accounts
          new Route("/sign-in", VIEWS + "/account/sign-in.xhtml", Access.PUBLIC),
          new Route("/sign-up", VIEWS + "/account/sign-up.xhtml", Access.PUBLIC),
          new Route("/sign-up/check-your-mail", VIEWS + "/account/check-mail.xhtml", Access.PUBLIC),
          new Route("/confirm-email", VIEWS + "/account/confirm-email.xhtml", Access.PUBLIC),
          new Route("/forgot-password", VIEWS + "/account/forgot-password.xhtml", Access.PUBLIC),
          new Route("/reset-password", VIEWS + "/account/reset-password.xhtml", Access.PUBLIC),
          new Route("/invitation", VIEWS + "/account/invitation.xhtml", Access.PUBLIC),
          // My area
          new Route("/my", VIEWS + "/my/home.xhtml", Access.SIGNED_IN),
          new Route("/my/profile", VIEWS + "/my/profile.xhtml", Access.SIGNED_IN),
          new Route("/my/password", VIEWS + "/my/password.xhtml", Access.SIGNED_IN),
          // Event management
          new Route("/manage", VIEWS + "/manage/events.xhtml", Access.ANY_ORGANISER),
          new Route("/manage/events/{slug}", VIEWS + "/manage/event.xhtml", Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/committee",
              VIEWS + "/manage/committee.xhtml",
              Access.EVENT_ORGANISER),
          // Administration
          new Route("/admin", VIEWS + "/admin/home.xhtml", Access.ADMINISTRATOR),
          new Route("/admin/outbox", VIEWS + "/admin/outbox.xhtml", Access.ADMINISTRATOR));

  /** A route with the parameter values its path carried. */
  public record Match(Route route, Map<String, String> parameters) {}

  private Routes() {}

  public static Optional<Match> match(String path) {
    String normalised =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    for (Route route : ALL) {
      var parameters = route.match(normalised);
      if (parameters.isPresent()) {
        return Optional.of(new Match(route, parameters.get()));
      }
    }
    return Optional.empty();
  }
}
