package org.colloquium.reviews.routes;

import java.util.List;
import org.colloquium.events.api.EventOrganisers;
import org.colloquium.kernel.access.Route;
import org.colloquium.kernel.access.RouteSet;
import org.colloquium.reviews.api.AnyReviewer;
import org.colloquium.reviews.api.EventReviewers;
import org.colloquium.reviews.api.EventTrackChairs;

/**
 * Reviewers' pages under /review (their events; in one event, bidding and the assigned reviews; one
 * review; a track chair's tracks) and the organisers' pages of an event's review. A submission a
 * reviewer is not assigned to, or is conflicted with, answers 404 from the service.
 */
public class ReviewRoutes implements RouteSet {

  private static final String VIEWS = "/WEB-INF/views";

  /** Where the servlet of reviewers' PDFs listens; only the router forwards there. */
  private static final String REVIEW_FILE = "/internal/review-file";

  /** Where the servlet of the organisers' review downloads listens. */
  private static final String REVIEW_DOWNLOADS = "/internal/review-downloads";

  @Override
  public List<Route> routes() {
    return List.of(
        new Route("/review", VIEWS + "/review/home.xhtml", AnyReviewer.class),
        new Route("/review/events/{slug}", VIEWS + "/review/event.xhtml", EventReviewers.class),
        new Route(
            "/review/events/{slug}/submissions/{number}",
            VIEWS + "/review/sheet.xhtml",
            EventReviewers.class),
        new Route(
            "/review/events/{slug}/submissions/{number}/file", REVIEW_FILE, EventReviewers.class),
        new Route(
            "/review/events/{slug}/tracks", VIEWS + "/review/tracks.xhtml", EventTrackChairs.class),
        new Route(
            "/manage/events/{slug}/reviews",
            VIEWS + "/manage/reviews.xhtml",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/reviews/assignment",
            VIEWS + "/manage/review-assignment.xhtml",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/reviews/form",
            VIEWS + "/manage/review-form.xhtml",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/reviews/decisions",
            VIEWS + "/manage/review-decisions.xhtml",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/reviews.csv", REVIEW_DOWNLOADS + "/csv", EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/reviews.xlsx",
            REVIEW_DOWNLOADS + "/xlsx",
            EventOrganisers.class),
        new Route(
            "/manage/events/{slug}/reviews/notifications",
            VIEWS + "/manage/review-notifications.xhtml",
            EventOrganisers.class));
  }
}
