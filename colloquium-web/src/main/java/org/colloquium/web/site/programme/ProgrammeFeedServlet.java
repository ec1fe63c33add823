package org.colloquium.web.site.programme;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.colloquium.kernel.config.Settings;
import org.colloquium.programme.api.FeedFormat;
import org.colloquium.programme.api.ProgrammeFeeds;
import org.colloquium.web.security.SignedIn;

/**
 * The programme's feeds: {@code /events/{slug}/programme.ics}, {@code schedule.xml}, {@code
 * schedule.json} and {@code /events/{slug}/programme/releases.atom}, which the programme's routes
 * forward here (shared routes: anonymous readers are answered from the page cache). An event
 * without a release answers 404.
 */
@WebServlet(urlPatterns = ProgrammeFeedServlet.PATH + "/*")
public class ProgrammeFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where the routes forward; the router answers 404 to it from outside. */
  static final String PATH = "/internal/programme-feeds";

  private static final Map<String, FeedFormat> FORMATS =
      Map.of(
          "/ics", FeedFormat.ICALENDAR,
          "/frab-xml", FeedFormat.FRAB_XML,
          "/frab-json", FeedFormat.FRAB_JSON,
          "/atom", FeedFormat.RELEASES_ATOM);

  @Inject transient ProgrammeFeeds feeds;
  @Inject transient Settings settings;
  @Inject transient SignedIn signedIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if ("/agenda".equals(request.getPathInfo())) {
      agenda(request, response);
      return;
    }
    FeedFormat format = FORMATS.get(request.getPathInfo());
    if (format == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    // Written whole first: a feed that fails half-way must be an error, not a truncated file that
    // a calendar app would take for the programme.
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (!feeds.write(
        request.getParameter("slug"), signedIn.accountId(), format, settings.baseUrl(), body)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(format.contentType());
    response.setContentLength(body.size());
    body.writeTo(response.getOutputStream());
  }

  /**
   * A personal agenda: {@code /events/{slug}/agenda.ics?c=12,15} has the contributions the visitor
   * starred in their browser (ids that are no contribution are left out). At most 500 ids.
   */
  private void agenda(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Set<Long> ids = new LinkedHashSet<>();
    String chosen = request.getParameter("c");
    if (chosen != null) {
      for (String id : chosen.split(",", 501)) {
        if (id.matches("\\d{1,18}") && ids.size() < 500) {
          ids.add(Long.valueOf(id));
        }
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (!feeds.writeAgenda(
        request.getParameter("slug"), signedIn.accountId(), ids, settings.baseUrl(), body)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(FeedFormat.ICALENDAR.contentType());
    response.setContentLength(body.size());
    body.writeTo(response.getOutputStream());
  }
}
