package org.colloquium.web.manage.registration;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.colloquium.kernel.access.AccessDeniedException;
import org.colloquium.kernel.access.NotFoundException;
import org.colloquium.registration.api.Badges;
import org.colloquium.registration.api.CheckIn;
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.Registrants;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.web.faces.Downloads;
import org.colloquium.web.faces.EnumParameters;
import org.colloquium.web.security.SignedIn;

/**
 * /manage/events/{slug}/registrations.csv and .xlsx: the registrations with every answer, filtered
 * by the list's {@code state} and {@code mode}; badges.pdf and registrations/{id}/badge.pdf: the
 * badges to print. Reached only through the route table, which has checked that the caller
 * organises the event; the service checks again.
 */
@WebServlet({
  RegistrantDownloads.CSV,
  RegistrantDownloads.XLSX,
  RegistrantDownloads.BADGES,
  RegistrantDownloads.BADGE,
  RegistrantDownloads.DOOR_KEY
})
public class RegistrantDownloads extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String CSV = "/internal/registration-downloads/csv";
  public static final String XLSX = "/internal/registration-downloads/xlsx";
  public static final String BADGES = "/internal/registration-downloads/badges";
  public static final String BADGE = "/internal/registration-downloads/badge";
  public static final String DOOR_KEY = "/internal/registration-downloads/door-key";

  @Inject Registrants registrants;
  @Inject Badges badges;
  @Inject CheckIn checkIn;
  @Inject SignedIn signedIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getDispatcherType() != DispatcherType.FORWARD) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String slug = request.getParameter("slug");
    try {
      if (request.getServletPath().equals(DOOR_KEY)) {
        // Door helpers too: the route admitted them, the service checks again.
        String pem = checkIn.doorKey(signedIn.accountId(), slug).pem();
        Downloads.attachment(response, "application/x-pem-file", slug + "-tickets.pem");
        response.getOutputStream().write(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return;
      }
      if (request.getServletPath().equals(BADGES) || request.getServletPath().equals(BADGE)) {
        badges(request, response, slug);
        return;
      }
      // The list first: a refusal must not come after the headers of a download.
      registrants.list(signedIn.accountId(), slug, null, null);
      RegistrationState state =
          EnumParameters.parse(RegistrationState.class, request.getParameter("state"));
      ParticipationMode mode =
          EnumParameters.parse(ParticipationMode.class, request.getParameter("mode"));
      // A key the event's questions do not offer matches nobody: the file has the header only.
      String answer = request.getParameter("answer");
      if (request.getServletPath().equals(XLSX)) {
        Downloads.attachment(response, Downloads.XLSX_TYPE, slug + "-registrations.xlsx");
        registrants.xlsx(
            signedIn.accountId(), slug, state, mode, answer, response.getOutputStream());
      } else {
        Downloads.attachment(response, "text/csv; charset=UTF-8", slug + "-registrations.csv");
        registrants.csv(
            signedIn.accountId(), slug, state, mode, answer, response.getOutputStream());
      }
    } catch (NotFoundException e) {
      Downloads.fail(response, HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDeniedException e) {
      Downloads.fail(response, HttpServletResponse.SC_FORBIDDEN);
    }
  }

  /** Drawn before any header is written: a refusal or an unknown person is a plain status. */
  private void badges(HttpServletRequest request, HttpServletResponse response, String slug)
      throws IOException {
    byte[] pdf;
    if (request.getServletPath().equals(BADGES)) {
      pdf = badges.sheet(signedIn.accountId(), slug);
    } else {
      String id = request.getParameter("id");
      if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
        throw new NotFoundException("registration " + id);
      }
      pdf = badges.one(signedIn.accountId(), slug, Long.valueOf(id));
    }
    Downloads.inlinePdf(response, slug + "-badges.pdf", pdf);
  }
}
