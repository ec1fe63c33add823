package org.colloquium.web.site.registration;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.colloquium.registration.api.Certificates;
import org.colloquium.web.faces.Downloads;

/**
 * /certificates/{code}/certificate.pdf: the certificate itself, for whoever holds its code (the
 * holder, or anyone they showed it to). Drawn on each request: one page, and a correction of the
 * event's hours reaches every copy downloaded after it. Kept by nobody but the reader (it names a
 * person).
 */
@WebServlet(CertificatePdfServlet.PATH)
public class CertificatePdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where the route forwards; the router answers 404 to it from outside. */
  static final String PATH = "/internal/certificate-pdfs";

  @Inject transient Certificates certificates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getDispatcherType() != DispatcherType.FORWARD) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String code = request.getParameter("code");
    Optional<byte[]> pdf = certificates.pdf(code);
    if (pdf.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("X-Robots-Tag", "noindex");
    // The code went through the service's check: letters, digits and dashes only.
    Downloads.inlinePdf(
        response, "certificate-" + code.replaceAll("[^A-Za-z0-9-]", "") + ".pdf", pdf.get());
  }
}
