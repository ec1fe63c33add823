package org.colloquium.registration.routes;

import java.util.List;
import org.colloquium.events.api.EventOrganisers;
import org.colloquium.kernel.access.AnySignedIn;
import org.colloquium.kernel.access.Route;
import org.colloquium.kernel.access.RouteSet;

/**
 * Registration's pages: a signed-in person's registration for an event, and the organisers'
 * settings and list. Nothing here is shared through the page cache: every page is personal.
 */
public class RegistrationRoutes implements RouteSet {

  private static final String VIEWS = "/WEB-INF/views";

  @Override
  public List<Route> routes() {
    return List.of(
        new Route(
            "/events/{slug}/register", VIEWS + "/registration/register.xhtml", AnySignedIn.class),
        new Route(
            "/manage/events/{slug}/registration",
            VIEWS + "/manage/registration.xhtml",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/registrations",
            VIEWS + "/manage/registrations.xhtml",
            EventOrganisers.class));
  }
}
