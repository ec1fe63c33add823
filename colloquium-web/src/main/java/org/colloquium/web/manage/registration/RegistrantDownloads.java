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
import org.colloquium.registration.api.ParticipationMode;
import org.colloquium.registration.api.Registrants;
import org.colloquium.registration.api.RegistrationState;
import org.colloquium.web.faces.Downloads;
import org.colloquium.web.faces.EnumParameters;
import org.colloquium.web.security.SignedIn;

/**
 * /manage/events/{slug}/registrations.csv and .xlsx: the registrations with every answer, filtered
 * by the list's {@code state} and {@code mode}. Reached only through the route table, which has
 * checked that the caller organises the event; the service checks again.
 */
@WebServlet({RegistrantDownloads.CSV, RegistrantDownloads.XLSX})
public class RegistrantDownloads extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String CSV = "/internal/registration-downloads/csv";
  public static final String XLSX = "/internal/registration-downloads/xlsx";

  @Inject Registrants registrants;
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
      // The list first: a refusal must not come after the headers of a download.
      registrants.list(signedIn.accountId(), slug, null, null);
      RegistrationState state =
          EnumParameters.parse(RegistrationState.class, request.getParameter("state"));
      ParticipationMode mode =
          EnumParameters.parse(ParticipationMode.class, request.getParameter("mode"));
      if (request.getServletPath().equals(XLSX)) {
        Downloads.attachment(response, Downloads.XLSX_TYPE, slug + "-registrations.xlsx");
        registrants.xlsx(signedIn.accountId(), slug, state, mode, response.getOutputStream());
      } else {
        Downloads.attachment(response, "text/csv; charset=UTF-8", slug + "-registrations.csv");
        registrants.csv(signedIn.accountId(), slug, state, mode, response.getOutputStream());
      }
    } catch (NotFoundException e) {
      Downloads.fail(response, HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDeniedException e) {
      Downloads.fail(response, HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
