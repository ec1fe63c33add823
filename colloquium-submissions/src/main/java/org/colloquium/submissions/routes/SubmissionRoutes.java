package org.colloquium.submissions.routes;

import java.util.List;
import org.colloquium.events.api.EventOrganisers;
import org.colloquium.kernel.access.AnySignedIn;
import org.colloquium.kernel.access.Route;
import org.colloquium.kernel.access.RouteSet;

/**
 * Authors' pages (any signed-in person may open them; {submission} is an id and the service answers
 * 404 to anyone who is neither its submitter nor a co-author) and organisers' pages of an event's
 * submissions.
 */
public class SubmissionRoutes implements RouteSet {

  private static final String VIEWS = "/WEB-INF/views";

  /** Where the servlet of submissions' PDFs listens; only the router forwards there. */
  private static final String SUBMISSION_FILES = "/internal/submission-file";

  /** Where the same servlet sends accepted submissions' final PDFs. */
  private static final String SUBMISSION_FINAL_FILES = "/internal/submission-final-file";

  /** Where the servlet of the organisers' submission downloads listens. */
  private static final String SUBMISSION_DOWNLOADS = "/internal/submission-downloads";

  @Override
  public List<Route> routes() {
    return List.of(
        new Route("/events/{slug}/submit", VIEWS + "/submissions/form.xhtml", AnySignedIn.class),
        new Route("/my/submissions", VIEWS + "/submissions/list.xhtml", AnySignedIn.class),
        new Route(
            "/my/submissions/{submission}", VIEWS + "/submissions/detail.xhtml", AnySignedIn.class),
        new Route(
            "/my/submissions/{submission}/edit",
            VIEWS + "/submissions/form.xhtml",
            AnySignedIn.class),
        new Route("/my/submissions/{submission}/file", SUBMISSION_FILES, AnySignedIn.class),
        new Route(
            "/my/submissions/{submission}/final-file", SUBMISSION_FINAL_FILES, AnySignedIn.class),
        // Organisers' side: the table, its downloads (a servlet), statistics (a literal segment,
        // which wins over {number}) and one submission
        new Route(
            "/manage/events/{slug}/submissions",
            VIEWS + "/manage/submissions.xhtml",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/submissions.csv",
            SUBMISSION_DOWNLOADS + "/csv",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/submissions.xlsx",
            SUBMISSION_DOWNLOADS + "/xlsx",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/submissions.zip",
            SUBMISSION_DOWNLOADS + "/zip",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/submissions/statistics",
            VIEWS + "/manage/submission-statistics.xhtml",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/submissions/{number}",
            VIEWS + "/manage/submission.xhtml",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/submissions/{number}/file",
            SUBMISSION_DOWNLOADS + "/file",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/submissions/{number}/final-file",
            SUBMISSION_DOWNLOADS + "/final-file",
            EventOrganisers.class));
  }
}
