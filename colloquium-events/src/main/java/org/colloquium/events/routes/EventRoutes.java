package org.colloquium.events.routes;

import java.util.List;
import org.colloquium.events.api.AnyOrganiser;
import org.colloquium.events.api.EventOrganisers;
import org.colloquium.kernel.access.Administrators;
import org.colloquium.kernel.access.AnyVisitor;
import org.colloquium.kernel.access.Endpoint;
import org.colloquium.kernel.access.Route;
import org.colloquium.kernel.access.RouteSet;

/**
 * Events' public pages and their management. "Shared" pages look the same to every anonymous
 * visitor: the public-page cache answers them.
 */
public class EventRoutes implements RouteSet {

  private static final String VIEWS = "/WEB-INF/views";

  /** Where the servlet of events' files listens; only the router forwards there. */
  private static final String EVENT_FILES = "/internal/event-files";

  /** Where the servlet of an event's Atom feed listens. */
  private static final String EVENT_FEED = "/internal/feeds/event-news";

  @Override
  public List<Route> routes() {
    return List.of(
        Route.shared("/events/{slug}", VIEWS + "/site/event.xhtml"),
        // Logos and attached PDFs: a servlet, which hides drafts' files itself (404)
        Route.shared("/events/{slug}/logos/{logo}", EVENT_FILES + "/logo"),
        new Route(
            "/events/{slug}/attachments/{fileName}", EVENT_FILES + "/attachment", AnyVisitor.class),
        Route.shared("/events/{slug}/cfp", VIEWS + "/site/cfp.xhtml"),
        // News (site-wide items are {item}, an event's are {entry}: the permission test needs a
        // demo value of each)
        Route.shared("/news", VIEWS + "/site/news.xhtml"),
        Route.shared("/news/{item}", VIEWS + "/site/news-item.xhtml"),
        Route.shared("/events/{slug}/news", VIEWS + "/site/news.xhtml"),
        Route.shared("/events/{slug}/news/{entry}", VIEWS + "/site/news-item.xhtml"),
        Route.shared("/events/{slug}/news.atom", EVENT_FEED),
        new Route(
            "/manage/events/{slug}/news", VIEWS + "/manage/news.xhtml", EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/news/{entry}",
            VIEWS + "/manage/news-item.xhtml",
            EventOrganisers.class),
        new Route("/admin/news", VIEWS + "/admin/news.xhtml", Administrators.class),
        new Route("/admin/news/{item}", VIEWS + "/admin/news-item.xhtml", Administrators.class),
        // Event management ("new" is a reserved slug: the literal route wins over {slug})
        new Route("/manage", VIEWS + "/manage/events.xhtml", AnyOrganiser.class),
        new Route("/manage/events/new", VIEWS + "/manage/new-event.xhtml", AnyOrganiser.class),
        new Route("/manage/events/{slug}", VIEWS + "/manage/event.xhtml", EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/tracks", VIEWS + "/manage/tracks.xhtml", EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/partners",
            VIEWS + "/manage/partners.xhtml",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/materials",
            VIEWS + "/manage/materials.xhtml",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/call", VIEWS + "/manage/call.xhtml", EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/edit",
            VIEWS + "/manage/edit-event.xhtml",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/committee",
            VIEWS + "/manage/committee.xhtml",
            EventOrganisers.class));
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(new Endpoint("/feeds/news.atom", "Atom feed of all public news", true));
  }
}
