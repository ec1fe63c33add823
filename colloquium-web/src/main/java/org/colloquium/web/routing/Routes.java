package org.colloquium.web.routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquium.web.feeds.NewsFeedServlet;

/**
 * The address of every page and who may open it. A page not listed here cannot be reached: views
 * live under /WEB-INF and are only forwarded to. The permission test in colloquium-tests walks this
 * table as every kind of user; add new pages here, with their rule.
 */
public final class Routes {

  private static final String VIEWS = "/WEB-INF/views";

  /** Where the servlet of events' files listens; only the router forwards there. */
  private static final String EVENT_FILES = "/internal/event-files";

  /** Where the servlet of submissions' PDFs listens; only the router forwards there. */
  private static final String SUBMISSION_FILES = "/internal/submission-file";

  /** Where the servlet of the organisers' submission downloads listens. */
  private static final String SUBMISSION_DOWNLOADS = "/internal/submission-downloads";

  public static final List<Route> ALL =
      List.of(
          // Public site. "Shared" pages look the same to every anonymous visitor: the
          // public-page cache answers them (web.cache).
          Route.shared("/", VIEWS + "/site/home.xhtml"),
          Route.shared("/events/{slug}", VIEWS + "/site/event.xhtml"),
          // Logos and attached PDFs: a servlet, which hides drafts' files itself (404)
          Route.shared("/events/{slug}/logos/{logo}", EVENT_FILES + "/logo"),
          new Route(
              "/events/{slug}/attachments/{fileName}", EVENT_FILES + "/attachment", Access.PUBLIC),
          Route.shared("/events/{slug}/cfp", VIEWS + "/site/cfp.xhtml"),
          new Route("/events/{slug}/submit", VIEWS + "/submissions/form.xhtml", Access.SIGNED_IN),
          // News (site-wide items are {item}, an event's are {entry}: the permission test needs a
          // demo value of each)
          Route.shared("/news", VIEWS + "/site/news.xhtml"),
          Route.shared("/news/{item}", VIEWS + "/site/news-item.xhtml"),
          Route.shared("/events/{slug}/news", VIEWS + "/site/news.xhtml"),
          Route.shared("/events/{slug}/news/{entry}", VIEWS + "/site/news-item.xhtml"),
          Route.shared("/events/{slug}/news.atom", NewsFeedServlet.EVENT_FEED_TARGET),
          new Route(
              "/manage/events/{slug}/news", VIEWS + "/manage/news.xhtml", Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/news/{entry}",
              VIEWS + "/manage/news-item.xhtml",
              Access.EVENT_ORGANISER),
          new Route("/admin/news", VIEWS + "/admin/news.xhtml", Access.ADMINISTRATOR),
          new Route("/admin/news/{item}", VIEWS + "/admin/news-item.xhtml", Access.ADMINISTRATOR),
          // Accounts. The forms are shared too: stateless, the same for every anonymous visitor
          // (the script nonce in their hidden field is replaced per answer like the one in their
          // scripts). Confirmation, reset and invitation links carry a personal token: never kept.
          Route.shared("/sign-in", VIEWS + "/account/sign-in.xhtml"),
          Route.shared("/sign-up", VIEWS + "/account/sign-up.xhtml"),
          Route.shared("/sign-up/check-your-mail", VIEWS + "/account/check-mail.xhtml"),
          new Route("/confirm-email", VIEWS + "/account/confirm-email.xhtml", Access.PUBLIC),
          Route.shared("/forgot-password", VIEWS + "/account/forgot-password.xhtml"),
          new Route("/reset-password", VIEWS + "/account/reset-password.xhtml", Access.PUBLIC),
          new Route("/invitation", VIEWS + "/account/invitation.xhtml", Access.PUBLIC),
          // My area
          new Route("/my", VIEWS + "/my/home.xhtml", Access.SIGNED_IN),
          new Route("/my/profile", VIEWS + "/my/profile.xhtml", Access.SIGNED_IN),
          new Route("/my/password", VIEWS + "/my/password.xhtml", Access.SIGNED_IN),
          // An author's submissions ({submission} is the id; the service answers 404 to anyone
          // who is neither its submitter nor a co-author)
          new Route("/my/submissions", VIEWS + "/submissions/list.xhtml", Access.SIGNED_IN),
          new Route(
              "/my/submissions/{submission}",
              VIEWS + "/submissions/detail.xhtml",
              Access.SIGNED_IN),
          new Route(
              "/my/submissions/{submission}/edit",
              VIEWS + "/submissions/form.xhtml",
              Access.SIGNED_IN),
          new Route("/my/submissions/{submission}/file", SUBMISSION_FILES, Access.SIGNED_IN),
          // Event management
          new Route("/manage", VIEWS + "/manage/events.xhtml", Access.ANY_ORGANISER),
          // Before /manage/events/{slug}, which would take "new" for a slug ("new" is reserved).
          new Route("/manage/events/new", VIEWS + "/manage/new-event.xhtml", Access.ANY_ORGANISER),
          new Route("/manage/events/{slug}", VIEWS + "/manage/event.xhtml", Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/tracks",
              VIEWS + "/manage/tracks.xhtml",
              Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/partners",
              VIEWS + "/manage/partners.xhtml",
              Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/materials",
              VIEWS + "/manage/materials.xhtml",
              Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/call", VIEWS + "/manage/call.xhtml", Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/edit",
              VIEWS + "/manage/edit-event.xhtml",
              Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/committee",
              VIEWS + "/manage/committee.xhtml",
              Access.EVENT_ORGANISER),
          // Submissions, organisers' side: the table, its downloads (a servlet), statistics (before
          // {number}, which would take "statistics" for a number) and one submission
          new Route(
              "/manage/events/{slug}/submissions",
              VIEWS + "/manage/submissions.xhtml",
              Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/submissions.csv",
              SUBMISSION_DOWNLOADS + "/csv",
              Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/submissions.xlsx",
              SUBMISSION_DOWNLOADS + "/xlsx",
              Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/submissions.zip",
              SUBMISSION_DOWNLOADS + "/zip",
              Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/submissions/statistics",
              VIEWS + "/manage/submission-statistics.xhtml",
              Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/submissions/{number}",
              VIEWS + "/manage/submission.xhtml",
              Access.EVENT_ORGANISER),
          new Route(
              "/manage/events/{slug}/submissions/{number}/file",
              SUBMISSION_DOWNLOADS + "/file",
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
