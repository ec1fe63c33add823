package org.colloquium.web.site.programme;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquium.kernel.config.Settings;
import org.colloquium.programme.api.FeedFormat;
import org.colloquium.programme.api.PersonalAgenda;
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
  @Inject transient PersonalAgenda agenda;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if ("/agenda".equals(request.getPathInfo())) {
      agenda(request, response);
      return;
    }
    if ("/my-agenda".equals(request.getPathInfo())) {
      stars(response, agenda.starred(signedIn.accountId(), request.getParameter("slug")));
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
   * {@code POST /events/{slug}/programme/agenda} with {@code c=12,15}: the signed-in visitor's
   * stars become these (the programme's script sends the whole list after every change; the
   * same-origin filter refuses a POST from another site). Answers the stars kept, as a GET does.
   */
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/my-agenda".equals(request.getPathInfo())) {
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    stars(
        response,
        agenda.replace(
            signedIn.accountId(), request.getParameter("slug"), ids(request.getParameter("c"))));
  }

  /** {@code {"contributions":[12,15]}}, never kept by a cache: it is one person's. */
  private static void stars(HttpServletResponse response, Optional<List<Long>> stars)
      throws IOException {
    if (stars.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body =
        ("{\"contributions\":["
                + stars.get().stream().map(String::valueOf).collect(Collectors.joining(","))
                + "]}")
            .getBytes(StandardCharsets.UTF_8);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The ids of a {@code c} parameter: digits only, the rest left out, at most the limit. */
  private static Set<Long> ids(String chosen) {
    Set<Long> ids = new LinkedHashSet<>();
    if (chosen != null) {
      for (String id : chosen.split(",", PersonalAgenda.LIMIT + 1)) {
        if (id.matches("\\d{1,18}") && ids.size() < PersonalAgenda.LIMIT) {
          ids.add(Long.valueOf(id));
        }
      }
    }
    return ids;
  }

  /**
   * A personal agenda: {@code /events/{slug}/agenda.ics?c=12,15} has the contributions the visitor
   * starred in their browser (ids that are no contribution are left out). At most 500 ids.
   */
  private void agenda(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Set<Long> ids = ids(request.getParameter("c"));
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
