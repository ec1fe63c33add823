package org.colloquium.web.manage.reviews;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.reviews.api.ReviewExports;
import org.colloquium.web.faces.Downloads;
import org.colloquium.web.security.SignedIn;

/**
 * The organisers' review downloads (CSV, XLSX; one track with {@code ?track=}), reached only
 * through the route table, which has already checked that the caller organises the event; the
 * service checks again.
 */
@WebServlet({ReviewDownloads.CSV, ReviewDownloads.XLSX})
public class ReviewDownloads extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String CSV = "/internal/review-downloads/csv";
  public static final String XLSX = "/internal/review-downloads/xlsx";

  @Inject ReviewExports exports;
  @Inject SignedIn signedIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getDispatcherType() != DispatcherType.FORWARD) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String slug = request.getParameter("slug");
    Long actor = signedIn.accountId();
    Long track = track(request.getParameter("track"));
    try {
      exports.requireOrganiser(actor, slug);
      if (CSV.equals(request.getServletPath())) {
        Downloads.attachment(response, "text/csv; charset=UTF-8", slug + "-reviews.csv");
        exports.csv(actor, slug, track, response.getOutputStream());
      } else {
        Downloads.attachment(response, Downloads.XLSX_TYPE, slug + "-reviews.xlsx");
        exports.xlsx(actor, slug, track, response.getOutputStream());
      }
    } catch (NotFoundException e) {
      Downloads.fail(response, HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDeniedException e) {
      Downloads.fail(response, HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private static Long track(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException("track " + text);
    }
  }
}
