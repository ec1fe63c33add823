package org.colloquium.programme.routes;

import java.util.List;
import org.colloquium.events.api.EventOrganisers;
import org.colloquium.kernel.access.AnySignedIn;
import org.colloquium.kernel.access.AnyVisitor;
import org.colloquium.kernel.access.Route;
import org.colloquium.kernel.access.RouteSet;

/**
 * The programme's pages. The public ones show only the last published release and are shared (one
 * rendering per language for every anonymous visitor); a contribution or session that is in no
 * release answers 404 from the bean.
 */
public class ProgrammeRoutes implements RouteSet {

  private static final String VIEWS = "/WEB-INF/views";
  private static final String MANAGE = "/manage/events/{slug}/programme";

  /** Where the web's feed servlet listens; only the router forwards there. */
  private static final String FEEDS = "/internal/programme-feeds";

  /**
   * Where the web's PDF servlet listens. Not shared routes: the servlet answers with the PDF's own
   * ETag, and books of abstracts are larger than the page cache keeps.
   */
  private static final String PDFS = "/internal/programme-pdfs";

  @Override
  public List<Route> routes() {
    return List.of(
        new Route(MANAGE, VIEWS + "/manage/programme.xhtml", EventOrganisers.class),
        new Route(
            MANAGE + "/rooms", VIEWS + "/manage/programme-rooms.xhtml", EventOrganisers.class),
        new Route(
            MANAGE + "/sessions/{session}",
            VIEWS + "/manage/programme-session.xhtml",
            EventOrganisers.class),
        new Route(
            MANAGE + "/contributions/{contribution}",
            VIEWS + "/manage/programme-contribution.xhtml",
            EventOrganisers.class),
        new Route(
            MANAGE + "/availability",
            VIEWS + "/manage/programme-availability.xhtml",
            EventOrganisers.class),
        new Route(
            MANAGE + "/publish", VIEWS + "/manage/programme-publish.xhtml", EventOrganisers.class),
        new Route(
            MANAGE + "/draft", VIEWS + "/manage/programme-draft.xhtml", EventOrganisers.class),
        Route.shared("/events/{slug}/programme", VIEWS + "/site/programme.xhtml"),
        Route.shared(
            "/events/{slug}/programme/contributions/{contribution}",
            VIEWS + "/site/programme-contribution.xhtml"),
        Route.shared("/events/{slug}/programme/releases", VIEWS + "/site/programme-releases.xhtml"),
        Route.shared(
            "/events/{slug}/programme/sessions/{session}", VIEWS + "/site/programme-session.xhtml"),
        Route.shared("/events/{slug}/programme.ics", FEEDS + "/ics"),
        Route.shared("/events/{slug}/schedule.xml", FEEDS + "/frab-xml"),
        Route.shared("/events/{slug}/schedule.json", FEEDS + "/frab-json"),
        Route.shared("/events/{slug}/programme/releases.atom", FEEDS + "/atom"),
        Route.shared("/events/{slug}/agenda.ics", FEEDS + "/agenda"),
        // A signed-in visitor's stars (JSON; POST replaces them): personal, never shared.
        new Route("/events/{slug}/programme/agenda", FEEDS + "/my-agenda", AnySignedIn.class),
        new Route("/events/{slug}/programme.pdf", PDFS + "/programme", AnyVisitor.class),
        new Route("/events/{slug}/book-of-abstracts.pdf", PDFS + "/book", AnyVisitor.class),
        new Route(
            "/events/{slug}/programme/releases/{version}/programme.pdf",
            PDFS + "/programme",
            AnyVisitor.class),
        new Route(
            "/events/{slug}/programme/releases/{version}/book-of-abstracts.pdf",
            PDFS + "/book",
            AnyVisitor.class));
  }
}
